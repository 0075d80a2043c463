"""check-map: one line per problem, a verdict per file, exit 0 only without errors.

Also: no file at all, however damaged, makes the loader raise.
"""

import io
import json
import os
import tempfile

from conftest import ROOT, TEST_MAPS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.course.loader import read_course
from game.tools.check_map import check_files, main

BROKEN = ROOT / "tests" / "broken_maps"
CLEAN = str(BROKEN / "clean.tmx")
WARNS = str(BROKEN / "unknown_class.tmx")
ERRS = str(BROKEN / "no_spawn.tmx")


def run(files, as_json=False):
    out = io.StringIO()
    status = check_files([str(f) for f in files], out, as_json=as_json)
    return status, out.getvalue()


def test_clean_map_passes_with_a_verdict():
    status, out = run([CLEAN])
    assert status == 0
    assert out == f"{CLEAN}: ok (0 errors, 0 warnings)\n"


def test_warnings_alone_pass():
    status, out = run([WARNS])
    assert status == 0
    line, verdict = out.splitlines()
    assert line.startswith(f"{WARNS}: warning: stopline (id 4, layer 'course'): class 'stopline'")
    assert verdict == f"{WARNS}: ok (0 errors, 1 warnings)"


def test_one_error_among_several_files_fails_them_all():
    status, out = run([CLEAN, ERRS, WARNS])
    assert status == 1
    assert f"{ERRS}: error: map: there is no spawn" in out
    assert f"{ERRS}: FAILED (1 errors, 0 warnings)" in out


def test_errors_come_before_warnings(tmp_path):
    text = (BROKEN / "unknown_class.tmx").read_text(encoding="utf-8")
    text = text.replace('value="90"', 'value="oops"').replace("../maps/", f"{TEST_MAPS}/")
    file = tmp_path / "both.tmx"
    file.write_text(text, encoding="utf-8")
    status, out = run([file])
    lines = out.splitlines()
    assert status == 1
    assert ": error: spawn 'start'" in lines[0] and "'oops' is not a number" in lines[0]
    assert ": warning: stopline" in lines[1]


def test_missing_file_and_folder_are_messages():
    status, out = run([ROOT / "nowhere.tmx", BROKEN])
    assert status == 1
    assert "the file does not exist" in out and "this is a folder, not a map file" in out


def test_json_output():
    out = io.StringIO()
    status = check_files([CLEAN, ERRS], out, as_json=True)
    data = json.loads(out.getvalue())
    assert status == 1
    assert [d["ok"] for d in data] == [True, False]
    problem = data[1]["problems"][0]
    assert problem["severity"] == "error" and problem["where"] == "map"
    assert "there is no spawn" in problem["what"] and problem["fix"]


def test_module_entry_point(capsys):
    assert main(["--json", WARNS]) == 0
    assert json.loads(capsys.readouterr().out)[0]["warnings"] == 1


def test_tile_objects_and_non_ascii_names(tmp_path):
    text = (TEST_MAPS / "encodings" / "course_csv.tmx").read_text(encoding="utf-8")
    text = text.replace("../mini.tsx", str(TEST_MAPS / "mini.tsx"))
    text = text.replace(
        " </objectgroup>",
        '  <object id="15" name="ⵜⴰⴷⴷⴰⵔⵜ" gid="4" x="0" y="32" width="32" height="32"/>\n'
        " </objectgroup>",
    )
    file = tmp_path / "tile_object.tmx"
    file.write_text(text, encoding="utf-8")
    status, out = run([file])
    assert status == 0
    assert "object 'ⵜⴰⴷⴷⴰⵔⵜ' (id 15, layer 'course'): has no class" in out


ORIGINAL = (
    (TEST_MAPS / "encodings" / "course_base64-zlib.tmx")
    .read_bytes()
    .replace(b"../mini.tsx", str(TEST_MAPS / "mini.tsx").encode())
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(ORIGINAL)), flip=st.integers(0, 255))
def test_damaged_maps_never_raise(cut, flip):
    """A map cut short anywhere, or with one byte changed, gives problems, not a crash."""
    damaged = [ORIGINAL[:cut], ORIGINAL[:cut] + bytes([flip]) + ORIGINAL[cut + 1 :]]
    with tempfile.TemporaryDirectory() as folder:
        for i, data in enumerate(damaged):
            path = os.path.join(folder, f"cut{i}.tmx")
            with open(path, "wb") as fh:
                fh.write(data)
            course, problems = read_course(path)
            if course is None:
                assert any(p.is_error for p in problems)
            for p in problems:
                assert "could not read the map" not in p.what, str(p)
