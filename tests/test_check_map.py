"""check-map: one line per problem, a verdict per file, exit 0 only without errors.

Also: no file at all, however damaged, makes the loader raise (tests/tools/fuzz_maps.py
searches much wider than this test does).
"""

import atexit
import io
import json
import math

from conftest import ROOT, TEST_MAPS, examples
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tools.fuzz_maps import KINDS, MapCopies, damage, judge

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


# every test map, in every encoding; damaged copies are written beside a copy of tests/maps
DAMAGE = MapCopies()
atexit.register(DAMAGE.close)
DAMAGEABLE = sorted(
    str(p.relative_to(TEST_MAPS)) for p in [*TEST_MAPS.glob("*.tmx"), *TEST_MAPS.glob("*/*.tmx")]
)


@settings(max_examples=examples(60), deadline=None)
@given(
    name=st.sampled_from(DAMAGEABLE),
    kind=st.sampled_from(KINDS),
    at=st.integers(min_value=0, max_value=10_000),
    byte=st.integers(0, 255),
)
# each damage that once made the loader raise (found by tests/tools/fuzz_maps.py):
# the "o" of <polyline> changed to "-", an unknown shape element (issue: IndexError)
@example(name="encodings/course_base64-zlib.tmx", kind="change", at=1441, byte=ord("-"))
# "polyline" changed to "polyRine", and "<polyline" with its "<" deleted: no points
@example(name="encodings/course_base64-gzip.tmx", kind="change", at=1739, byte=114)
@example(name="encodings/course_base64-gzip.tmx", kind="delete", at=1487, byte=0)
# a template-made crossing whose <polygon> loses its "<": an empty outline
@example(name="encodings/course_templates.tmx", kind="delete", at=2595, byte=0)
# encoding="UTF-8" loses its "U": an unknown XML encoding (LookupError)
@example(name="encodings/course_tiled110.tmx", kind="delete", at=30, byte=0)
def test_damaged_maps_never_raise(name, kind, at, byte):
    """A map cut short anywhere, or with one byte changed or deleted, gives named problems.

    Never a crash, never the loader's catch-all message, never a refusal without an error.
    """
    original = (TEST_MAPS / name).read_bytes()
    target = DAMAGE.target(TEST_MAPS / name)
    target.write_bytes(damage(original, kind, at % len(original), byte))
    failure = judge(str(target), time_bound=math.inf)
    assert failure is None, failure[1]
    course, problems = read_course(target)
    assert all("could not read the map" not in p.what for p in problems)
