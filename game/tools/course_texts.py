"""Titles and hints of the shipped courses, in the four languages of the game.

Kept apart from the layouts so translators can review one file. Tamazight (zgh) is written
in Tifinagh with a deliberately small, common vocabulary; it awaits a native speaker's review.
"""

from __future__ import annotations

Texts = dict[str, str]


def t(en: str, fr: str, ar: str, zgh: str) -> Texts:
    return {"en": en, "fr": fr, "ar": ar, "zgh": zgh}


TITLES: dict[str, Texts] = {
    "first_drive": t("First Drive", "Première conduite", "القيادة الأولى", "ⴰⴱⵔⵉⴷ ⴰⵎⵣⵡⴰⵔⵓ"),
    "traffic_lights": t("Traffic Lights", "Les feux", "إشارات المرور", "ⵜⵉⴼⴰⵡⵉⵏ"),
    "zebra_crossing": t("Zebra Crossing", "Passage piéton", "ممر الراجلين", "ⴰⴱⵔⵉⴷ ⵏ ⵎⵉⴷⴷⵏ"),
    "stop_and_yield": t("Stop and Give Way", "Stop et cédez le passage", "قف وأفسح الطريق", "ⴱⴷⴷ"),
    "roundabout": t("Roundabout", "Le rond-point", "المدار", "ⴰⵏⵏⴰⴹ"),
    "school_zone": t("School Zone", "Zone scolaire", "منطقة مدرسية", "ⵜⵉⵏⵎⵍ"),
    "parking": t("Parking", "Se garer", "الركن", "ⴰⵏⵙⴰ ⵏ ⵜⴽⵔⵔⵓⵙⵉⵏ"),
    "emergency_vehicle": t(
        "Make Way for the Ambulance",
        "Laisse passer l'ambulance",
        "أفسح الطريق لسيارة الإسعاف",
        "ⴰⵎⴱⵓⵍⴰⵏⵙ",
    ),
    "traffic_park": t(
        "The Traffic Park", "La cité de la circulation", "مدينة المرور", "ⵜⴰⵎⴷⵉⵏⵜ ⵏ ⵓⴱⵔⵉⴷ"
    ),
    "template": t("My Course", "Mon parcours", "مساري", "ⴰⴱⵔⵉⴷ ⵉⵏⵓ"),
}

HINTS: dict[str, Texts] = {
    "belt": t(
        "Buckle your seatbelt, then drive!",
        "Attache ta ceinture, puis roule !",
        "اربط حزام الأمان ثم انطلق!",
        "ⵇⵇⵏ ⵜⴰⴳⵓⵙⵜ, ⴷⴷⵓ!",
    ),
    "road": t(
        "Stay on the grey road.",
        "Reste sur la route grise.",
        "ابق على الطريق الرمادي.",
        "ⵇⵇⵉⵎ ⴳ ⵓⴱⵔⵉⴷ.",
    ),
    "bend": t(
        "A bend! Slow down, then turn.",
        "Un virage ! Ralentis, puis tourne.",
        "منعطف! خفف السرعة ثم انعطف.",
        "ⵙⵎⵓⵇⵇⵍ ⴰⴱⵔⵉⴷ!",
    ),
    "brake": t(
        "Practise braking: stop gently.",
        "Entraîne-toi à freiner doucement.",
        "تدرب على الفرملة بلطف.",
        "ⴱⴷⴷ!",
    ),
    "red": t(
        "Red light: stop at the white line.",
        "Feu rouge : arrête-toi à la ligne blanche.",
        "الضوء الأحمر: توقف عند الخط الأبيض.",
        "ⴰⵣⴳⴳⵯⴰⵖ: ⴱⴷⴷ!",
    ),
    "green": t(
        "Green light: go, but look first.",
        "Feu vert : passe, mais regarde d'abord.",
        "الضوء الأخضر: انطلق، لكن انظر أولاً.",
        "ⴰⵣⴳⵣⴰⵡ: ⵙⵎⵓⵇⵇⵍ, ⴷⴷⵓ.",
    ),
    "indicator": t(
        "Turning? Show it with your indicator.",
        "Tu tournes ? Mets ton clignotant.",
        "ستنعطف؟ استعمل الغماز.",
        "ⴰⴼⴰⵙⵉ ⵏⵖ ⴰⵥⵍⵎⴰⴹ?",
    ),
    "zebra": t(
        "Zebra crossing: let people walk across.",
        "Passage piéton : laisse passer les piétons.",
        "ممر الراجلين: دع الناس يعبرون.",
        "ⵔⵊⵓ ⵎⵉⴷⴷⵏ.",
    ),
    "ped_light": t(
        "People cross when your light is red.",
        "Les piétons traversent quand ton feu est rouge.",
        "الراجلون يعبرون عندما يكون ضوؤك أحمر.",
        "ⴰⵣⴳⴳⵯⴰⵖ: ⵔⵊⵓ ⵎⵉⴷⴷⵏ.",
    ),
    "stop": t(
        "STOP sign: stop the car, then look.",
        "STOP : arrête la voiture, puis regarde.",
        "علامة قف: أوقف السيارة ثم انظر.",
        "ⴱⴷⴷ, ⵙⵎⵓⵇⵇⵍ.",
    ),
    "yield": t(
        "Triangle: let the other cars go first.",
        "Triangle : laisse passer les autres voitures.",
        "المثلث: دع السيارات الأخرى تمر أولاً.",
        "ⵔⵊⵓ, ⵙⵎⵓⵇⵇⵍ.",
    ),
    "roundabout": t(
        "Roundabout: cars already turning go first.",
        "Rond-point : ceux qui tournent déjà passent d'abord.",
        "المدار: السيارات التي تدور تمر أولاً.",
        "ⵔⵊⵓ ⵜⵉⴽⵔⵔⵓⵙⵉⵏ.",
    ),
    "exit": t(
        "Show your indicator before you leave.",
        "Clignotant avant de sortir !",
        "استعمل الغماز قبل أن تخرج.",
        "ⴰⴼⴰⵙⵉ!",
    ),
    "school": t(
        "School! Drive slowly: 20.",
        "École ! Roule doucement : 20.",
        "مدرسة! سر ببطء: 20.",
        "ⵜⵉⵏⵎⵍ: 20!",
    ),
    "children": t(
        "Children cross here. Be ready to stop.",
        "Des enfants traversent ici. Prêt à t'arrêter ?",
        "الأطفال يعبرون هنا. كن مستعداً للتوقف.",
        "ⴰⵔⵔⴰⵡ! ⴱⴷⴷ.",
    ),
    "park": t(
        "Park inside the marked bay.",
        "Gare-toi dans la place marquée.",
        "اركن داخل المكان المحدد.",
        "ⵇⵇⵉⵎ ⴳ ⵓⵏⵙⴰ.",
    ),
    "carpark": t(
        "Car park: drive slowly.",
        "Parking : roule doucement.",
        "موقف السيارات: سر ببطء.",
        "ⵙⵎⵓⵇⵇⵍ.",
    ),
    "ambulance": t(
        "Siren! Slow down and keep right.",
        "Sirène ! Ralentis et serre à droite.",
        "صفارة! خفف السرعة والتزم اليمين.",
        "ⴰⵎⴱⵓⵍⴰⵏⵙ: ⴰⴼⴰⵙⵉ!",
    ),
    "officer": t(
        "Watch the police officer's arms.",
        "Regarde les bras de l'agent.",
        "انظر إلى يدي الشرطي.",
        "ⵙⵎⵓⵇⵇⵍ!",
    ),
    "almost": t("Almost there!", "Presque arrivé !", "اقتربت!", "ⵉⴼⵓⵍⴽⵉ!"),
    "welcome": t(
        "Welcome to the Traffic Park!",
        "Bienvenue dans la cité de la circulation !",
        "مرحباً بك في مدينة المرور!",
        "ⴰⵣⵓⵍ!",
    ),
}
