"""The menus' few words, in the four languages. Pictures carry the meaning; these are the
third channel (PLAY.md), so they stay short.

The Arabic (ar) and Tamazight (zgh) entries await a native speaker's review; Tamazight avoids
punctuation and digits, which the Tifinagh font cannot draw in one run.
"""

from __future__ import annotations


def t(en: str, fr: str, ar: str, zgh: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "ar": ar, "zgh": zgh}


UI_MESSAGES: dict[str, dict[str, str]] = {
    # title and everywhere
    "ui.play": t("Play", "Jouer", "العب", "ⵓⵔⴰⵔ"),
    "ui.continue": t("Continue", "Continuer", "تابع", "ⴽⵎⵎⵍ"),
    "ui.settings": t("Settings", "Réglages", "الإعدادات", "ⵜⵉⵙⵖⴰⵍ"),
    "ui.home": t("Home", "Accueil", "الرئيسية", "ⵜⴰⵙⵏⵓⴱⴳⴳⵉⵜ"),
    "ui.back": t("Back", "Retour", "رجوع", "ⴰⵖⵓⵍ"),
    "ui.leave": t("Leave", "Quitter", "خروج", "ⴼⴼⵖ"),
    "ui.leave_confirm": t("Leave the game?", "Quitter le jeu ?", "الخروج من اللعبة؟", "ⴼⴼⵖ"),
    "ui.yes": t("Yes", "Oui", "نعم", "ⵢⴰⵀ"),
    "ui.no": t("No", "Non", "لا", "ⵓⵀⵓ"),
    "ui.ok": t("OK", "OK", "حسنا", "ⵉⵢⵢⵀ"),
    # players
    "ui.who": t("Who is driving?", "Qui conduit ?", "من يسوق؟", "ⵎⴰⵏⵡⴰ ⵉⵜⵜⵏⵀⴰⵔⵏ"),
    "ui.new_player": t("New", "Nouveau", "جديد", "ⴰⵎⴰⵢⵏⵓ"),
    "ui.face": t("Your face", "Ton visage", "وجهك", "ⴰⵙⵓⴷⵎ ⵏⵏⴽ"),
    "ui.car": t("Your car", "Ta voiture", "سيارتك", "ⵜⴰⴽⵔⵔⵓⵙⵜ ⵏⵏⴽ"),
    "ui.name": t("Your name", "Ton prénom", "اسمك", "ⵉⵙⵎ ⵏⵏⴽ"),
    "ui.edit": t("Change", "Changer", "تغيير", "ⵙⵏⴼⵍ"),
    # courses and briefing
    "ui.where": t("Where to?", "On va où ?", "إلى أين؟", "ⵎⴰⵏⵉ"),
    "ui.learn": t("You will learn", "Tu vas apprendre", "ستتعلم", "ⴰⴷ ⵜⵍⵎⴷⴷ"),
    "ui.your_turn": t("Your turn!", "À toi !", "دورك!", "ⵜⵓⵔⴰ ⵏⵏⴽ"),
    "ui.watch": t("Watch", "Regarde", "شاهد", "ⵥⵕ"),
    "ui.more": t("More", "Plus", "المزيد", "ⵓⴳⴳⴰⵔ"),
    # pause
    "ui.pause": t("Pause", "Pause", "استراحة", "ⴰⵙⵓⵏⴼⵓ"),
    "ui.resume": t("Go on", "Continuer", "تابع", "ⴽⵎⵎⵍ"),
    "ui.restart": t("Start again", "Recommencer", "من جديد", "ⴰⵍⵙ"),
    "ui.other_course": t("Other course", "Autre parcours", "مسار آخر", "ⴰⴱⵔⵉⴷ ⵢⴰⴹⵏ"),
    "ui.give_up": t("Stop here", "Arrêter ici", "توقف هنا", "ⴱⴷⴷ ⴷⵖⵉ"),
    # results
    "ui.finished": t("Well done!", "Bravo !", "أحسنت!", "ⴰⵢⵓⵣ"),
    "ui.time_up": t("Time is up", "Temps écoulé", "انتهى الوقت", "ⵉⴽⵎⵍ ⵓⵣⵎⵣ"),
    "ui.not_finished": t("Nearly there", "Presque", "اقتربت", "ⵇⵔⵉⴱ"),
    "ui.went_well": t("Went well", "Réussi", "أحسنت في", "ⵉⵖⵓⴷⴰⵏ"),
    "ui.to_practise": t("To practise", "À revoir", "للتمرين", "ⴰⵎⵓⵙⵙⵓ"),
    "ui.try_again": t("Try again", "Réessayer", "حاول مجددا", "ⴰⵍⵙ"),
    "ui.next_course": t("Next course", "Parcours suivant", "المسار التالي", "ⴰⴱⵔⵉⴷ ⴷ ⵉⴷⴷⴰⵏ"),
    "ui.all_clean": t("No mistakes!", "Aucune erreur !", "بلا أخطاء!", "ⴱⵍⴰ ⵜⵓⵣⴳⵍⵜ"),
    # licence
    "ui.licence": t("My licence", "Mon permis", "رخصتي", "ⵜⴰⵙⵏⴷⵍⵜ ⵉⵏⵓ"),
    "ui.licence_title": t(
        "My little driving licence",
        "Mon petit permis de conduire",
        "رخصة السياقة الصغيرة",
        "ⵜⴰⵙⵏⴷⵍⵜ ⵉⵏⵓ ⵏ ⵜⵏⴻⵀⵔⴰ",
    ),
    "ui.picture": t("Picture", "Image", "صورة", "ⵜⴰⵡⵍⴰⴼⵜ"),
    "ui.print": t("Print", "Imprimer", "طباعة", "ⵙⵉⵔⵎ"),
    "ui.saved": t("Saved!", "Enregistré !", "تم الحفظ!", "ⵢⵜⵜⵓⵃⴹⴰ"),
    "ui.save_failed": t("Could not save", "Échec de l'enregistrement", "تعذر الحفظ", "ⵓⵔ ⵢⵜⵜⵓⵃⴹⴰ"),
    "ui.courses_done": t("My courses", "Mes parcours", "مساراتي", "ⵉⴱⵔⵉⴷⵏ ⵉⵏⵓ"),
    "ui.rules_known": t("Rules I know", "Les règles que je connais", "قواعد أعرفها", "ⵉⵍⵓⴳⴰⵏ"),
    "ui.driver": t("Driver", "Conducteur", "السائق", "ⴰⵏⵀⴰⵔ"),
    # settings
    "ui.effects": t("Sounds", "Sons", "الأصوات", "ⵉⵎⵙⵍⵉ"),
    "ui.voice": t("Voice", "Voix", "الصوت", "ⴰⵎⵙⵍⵉ"),
    "ui.ambience": t("Town", "Ville", "المدينة", "ⵜⴰⵎⴷⵉⵏⵜ"),
    "ui.mute": t("Silence", "Silence", "صمت", "ⵙⵙⵓⵙⵎ"),
    "ui.traffic": t("Traffic", "Circulation", "حركة المرور", "ⴰⵙⵙⵉⵍⴽⵎ"),
    "ui.speed": t("Game speed", "Vitesse", "سرعة اللعب", "ⵜⴰⵣⵣⵍⴰ"),
    "ui.all_open": t("All courses open", "Tout ouvert", "كل المسارات مفتوحة", "ⴰⴽⴽ ⵉⵕⵥⵎ"),
    # notices
    "ui.db_moved": t(
        "Saved games could not be read. A copy was kept; starting afresh.",
        "Les parties n'ont pas pu être lues. Une copie est gardée ; on repart à zéro.",
        "تعذرت قراءة المحفوظات. احتفظنا بنسخة ونبدأ من جديد.",
        "ⵓⵔ ⵜⵜⵓⵖⵔⴰⵏⵜ ⵜⵓⵔⴰⵔⵉⵏ",
    ),
    "ui.settings_reset": t(
        "The settings could not be read; the usual ones are back.",
        "Les réglages n'ont pas pu être lus ; retour aux réglages habituels.",
        "تعذرت قراءة الإعدادات؛ عادت الإعدادات المعتادة.",
        "ⵓⵔ ⵜⵜⵓⵖⵔⴰⵏⵜ ⵜⵉⵙⵖⴰⵍ",
    ),
    "ui.course_list": t(
        "Some courses in the list are missing.",
        "Des parcours de la liste manquent.",
        "بعض المسارات في القائمة مفقودة.",
        "ⵍⵍⴰⵏ ⵉⴱⵔⵉⴷⵏ ⵓⵔ ⵉⵍⵍⵉⵏ",
    ),
}

# What each rule teaches, as the briefing and the licence name it: a few words only.
LESSONS: dict[str, dict[str, str]] = {
    "lesson.seatbelt": t("Buckle up", "Attache ta ceinture", "اربط الحزام", "ⵇⵇⵏ ⵜⴰⴳⵓⵙⵜ"),
    "lesson.off_road": t("Stay on the road", "Reste sur la route", "ابق على الطريق", "ⴰⴱⵔⵉⴷ"),
    "lesson.collision_object": t("Don't bump", "Ne touche rien", "لا تصطدم", "ⵓⵔ ⵜⵏⵏⴰⵍ"),
    "lesson.red_light": t("Red: stop", "Rouge : stop", "الأحمر: قف", "ⵜⴰⵣⴳⴳⵯⴰⵖⵜ ⴱⴷⴷ"),
    "lesson.amber_light": t(
        "Orange: get ready to stop", "Orange : prépare-toi", "البرتقالي: استعد", "ⵜⴰⵡⵔⴰⵖⵜ"
    ),
    "lesson.pedestrian": t(
        "Let people cross", "Laisse traverser", "دع الراجلين يعبرون", "ⵎⵉⴷⴷⵏ ⵣⵡⴰⵔⵏ"
    ),
    "lesson.no_indicator": t(
        "Blink before turning", "Clignote avant de tourner", "أشر قبل المنعطف", "ⴰⵎⵙⵎⵍ"
    ),
    "lesson.stop_sign": t("STOP: stop fully", "STOP : arrêt complet", "قف: توقف تماما", "ⴱⴷⴷ"),
    "lesson.yield": t("Give way", "Cède le passage", "أفسح الطريق", "ⴼⴽ ⴰⴱⵔⵉⴷ"),
    "lesson.wrong_way": t("Keep right", "Roule à droite", "سر على اليمين", "ⴰⵢⴼⴼⵓⵙ"),
    "lesson.speeding": t("Not too fast", "Pas trop vite", "لا تسرع", "ⵙ ⵍⵎⵀⵍ"),
    "lesson.collision_pedestrian": t(
        "Stop for people", "Arrête-toi pour les gens", "توقف للناس", "ⴱⴷⴷ ⵉ ⵎⵉⴷⴷⵏ"
    ),
    "lesson.collision_vehicle": t(
        "Keep away from cars", "Garde tes distances", "ابتعد عن السيارات", "ⵜⵉⴽⵔⵔⵓⵙⵉⵏ"
    ),
    "lesson.tailgating": t("Leave a gap", "Laisse de l'espace", "اترك مسافة", "ⴰⵢⵍⴰⵍ"),
    "lesson.emergency": t(
        "Let the ambulance pass", "Laisse passer l'ambulance", "أفسح للإسعاف", "ⴰⵎⴱⵓⵍⴰⵏⵙ"
    ),
    "lesson.checkpoint": t("Found the way", "Bon chemin", "وجدت الطريق", "ⴰⴱⵔⵉⴷ"),
    "lesson.finish": t("Reached the end", "Arrivé au bout", "وصلت إلى النهاية", "ⵜⵉⴳⵉⵔⴰ"),
    "lesson.parking": t(
        "Park in the lines", "Gare-toi entre les lignes", "اركن بين الخطوط", "ⴰⵙⴱⴷⴷ"
    ),
}
