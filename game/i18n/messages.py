"""Every word a player sees comes from here, by key, in the player's language.

The core only ever emits keys; screens translate them at the last moment.
"""

from __future__ import annotations

LANGS = ("ar", "fr", "en", "zgh")
DEFAULT_LANG = "en"

CATALOG: dict[str, dict[str, str]] = {
    "hud.kmh": {"en": "km/h", "fr": "km/h", "ar": "كم/س", "zgh": "km/h"},
    "hud.finished": {
        "en": "Well done!",
        "fr": "Bravo !",
        "ar": "أحسنت!",
        "zgh": "ⴰⵢⵓⵣ!",
    },
    "hud.time_up": {
        "en": "Time is up",
        "fr": "Temps écoulé",
        "ar": "انتهى الوقت",
        "zgh": "ⵉⴽⵎⵍ ⵓⵣⵎⵣ",
    },
    "hud.seatbelt": {
        "en": "Buckle up! (B)",
        "fr": "Attache ta ceinture ! (B)",
        "ar": "اربط حزام الأمان! (B)",
        "zgh": "ⵇⵇⵏ ⵜⴰⴳⵓⵙⵜ! (B)",
    },
    "error.course": {
        "en": "This course cannot be played",
        "fr": "Ce parcours ne peut pas être joué",
        "ar": "لا يمكن اللعب في هذا المسار",
        "zgh": "ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⴱⵔⵉⴷ ⴰⴷ ⴰⴷ ⵉⵜⵜⵓⵓⵔⴰⵔ",
    },
}


# The instructor's words: one mistake, praise and explanation per rule (game/rules).
# Short and kind, for a six-year-old. Arabic and Tamazight want a native speaker's review.
RULE_MESSAGES: dict[str, dict[str, str]] = {
    # -- mistakes ---------------------------------------------------------------------
    "rule.red_light.mistake": {
        "en": "Oops! The light was red. Red means stop.",
        "fr": "Oups ! Le feu était rouge. Rouge, on s'arrête.",
        "ar": "انتبه! الضوء كان أحمر. الأحمر يعني قف.",
        "zgh": "ⴰⵀ! ⵜⴰⴼⴰⵡⵜ ⵜⵍⵍⴰ ⵜⴰⵣⴳⴳⵯⴰⵖⵜ. ⵜⴰⵣⴳⴳⵯⴰⵖⵜ: ⴱⴷⴷ.",
    },
    "rule.amber_light.mistake": {
        "en": "The light was orange and you could stop. Next time, stop!",
        "fr": "Le feu était orange et tu pouvais t'arrêter. La prochaine fois, arrête-toi !",
        "ar": "الضوء كان برتقاليا وكان بإمكانك التوقف. في المرة القادمة، توقف!",
        "zgh": "ⵜⴰⴼⴰⵡⵜ ⵜⵍⵍⴰ ⵜⴰⵍⵜⵜⵛⵉⵏⵜ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴱⴷⴷⴷ. ⵜⵉⴽⴽⵍⵜ ⵢⴰⴹⵏ, ⴱⴷⴷ!",
    },
    "rule.stop_sign.mistake": {
        "en": "At a STOP sign, the car must stop completely.",
        "fr": "Au panneau STOP, la voiture doit s'arrêter complètement.",
        "ar": "عند علامة قف، يجب أن تتوقف السيارة تماما.",
        "zgh": "ⴳ ⵓⵎⴰⵜⴰⵔ STOP, ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⴱⴷⴷ ⵜⴽⵔⵔⵓⵙⵜ ⵎⴰⵕⵕⴰ.",
    },
    "rule.yield.mistake": {
        "en": "Another car had to go first. Look and wait!",
        "fr": "Une autre voiture devait passer d'abord. Regarde et attends !",
        "ar": "كان على سيارة أخرى أن تمر أولا. انظر وانتظر!",
        "zgh": "ⵜⴰⴽⵔⵔⵓⵙⵜ ⵢⴰⴹⵏ ⴰⵢ ⵉⵣⵡⴰⵔⵏ. ⵥⵕ ⵜⵔⵊⵓⴷ!",
    },
    "rule.pedestrian.mistake": {
        "en": "Someone was crossing! Always stop for people on the crossing.",
        "fr": "Quelqu'un traversait ! Arrête-toi toujours pour les piétons.",
        "ar": "كان شخص يعبر! توقف دائما للراجلين في ممر العبور.",
        "zgh": "ⵉⵍⵍⴰ ⵢⴰⵏ ⵉⵣⴳⴳⵔⵏ! ⴱⴷⴷ ⴱⴷⴰ ⵉ ⵉⵎⵙⵉⴷⴷⵉⵔⵏ.",
    },
    "rule.speeding.mistake": {
        "en": "Too fast! Look at the speed sign.",
        "fr": "Trop vite ! Regarde le panneau de vitesse.",
        "ar": "سريع جدا! انظر إلى علامة السرعة.",
        "zgh": "ⵖⵓⵍⵍ ⴰⵟⵟⴰⵚ! ⵥⵕ ⴰⵎⴰⵜⴰⵔ ⵏ ⵜⵖⵓⵍⵍⵉ.",
    },
    "rule.speeding.school": {
        "en": "Near a school, drive very slowly: children are about.",
        "fr": "Près d'une école, roule très doucement : il y a des enfants.",
        "ar": "قرب المدرسة، سر ببطء شديد: هناك أطفال.",
        "zgh": "ⵖⵔ ⵜⵉⵏⵎⵍ, ⵎⵎⵓⵙⵙ ⵙ ⵍⵎⵀⵍ: ⵍⵍⴰⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ.",
    },
    "rule.wrong_way.mistake": {
        "en": "Wrong side! Drive on the right of the road.",
        "fr": "Mauvais côté ! Roule à droite de la route.",
        "ar": "الاتجاه الخطأ! سر على يمين الطريق.",
        "zgh": "ⵜⴰⵙⴳⴰ ⵓⵔ ⵉⵍⴷⵉⵏ! ⵎⵎⵓⵙⵙ ⵖⴼ ⵓⵢⴼⴼⵓⵙ ⵏ ⵓⴱⵔⵉⴷ.",
    },
    "rule.off_road.mistake": {
        "en": "Stay on the road! The pavement is for people.",
        "fr": "Reste sur la route ! Le trottoir est pour les piétons.",
        "ar": "ابق على الطريق! الرصيف للراجلين.",
        "zgh": "ⵇⵇⵉⵎ ⵖⴼ ⵓⴱⵔⵉⴷ! ⴰⴱⵔⵉⴷ ⵏ ⵉⴹⴰⵔⵏ ⵉ ⵎⴷⴷⵏ.",
    },
    "rule.collision_vehicle.mistake": {
        "en": "Bump! You touched another car. Keep your distance.",
        "fr": "Boum ! Tu as touché une voiture. Garde tes distances.",
        "ar": "اصطدام! لمست سيارة أخرى. حافظ على المسافة.",
        "zgh": "ⴱⵓⵎ! ⵜⵏⵏⴰⵍⴷ ⵜⴰⴽⵔⵔⵓⵙⵜ ⵢⴰⴹⵏ. ⴰⵙⵉ ⵜⴰⵖⵓⵍⵜ.",
    },
    "rule.collision_pedestrian.mistake": {
        "en": "Stop! You touched a person. People always come first.",
        "fr": "Stop ! Tu as touché une personne. Les gens passent toujours avant.",
        "ar": "توقف! لمست شخصا. الناس دائما أولا.",
        "zgh": "ⴱⴷⴷ! ⵜⵏⵏⴰⵍⴷ ⵢⴰⵏ ⵓⴼⴳⴰⵏ. ⵎⴷⴷⵏ ⴷ ⵉⵣⵡⴰⵔⵏ ⴱⴷⴰ.",
    },
    "rule.collision_object.mistake": {
        "en": "Bump! Watch out for walls and obstacles.",
        "fr": "Boum ! Attention aux murs et aux obstacles.",
        "ar": "اصطدام! انتبه للجدران والعوائق.",
        "zgh": "ⴱⵓⵎ! ⵃⴹⵓ ⵉⵖⵔⴱⴰⵍⵏ ⴷ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ.",
    },
    "rule.tailgating.mistake": {
        "en": "Too close to the car in front! Leave a big gap.",
        "fr": "Trop près de la voiture devant ! Laisse un grand espace.",
        "ar": "قريب جدا من السيارة الأمامية! اترك مسافة كبيرة.",
        "zgh": "ⵜⵇⵔⴱⴷ ⴱⴰⵀⵔⴰ ⵖⵔ ⵜⴽⵔⵔⵓⵙⵜ ⴷⴰⵜ ⴰⴽ! ⴰⴵⵊ ⵜⴰⵖⵓⵍⵜ.",
    },
    "rule.no_indicator.mistake": {
        "en": "Use the blinker before you turn, so others know.",
        "fr": "Mets le clignotant avant de tourner, pour prévenir les autres.",
        "ar": "شغل الإشارة قبل أن تنعطف، ليعرف الآخرون.",
        "zgh": "ⵙⵙⵅⴷⵎ ⴰⵎⵙⵎⵍ ⴷⴰⵜ ⴰⴷ ⵜⴻⵜⵜⵓⵜⵜⵍⴷ.",
    },
    "rule.emergency.mistake": {
        "en": "An ambulance! Slow down and move to the right to let it pass.",
        "fr": "Une ambulance ! Ralentis et serre à droite pour la laisser passer.",
        "ar": "سيارة إسعاف! خفف السرعة وابتعد إلى اليمين لتمر.",
        "zgh": "ⵜⴰⴽⵔⵔⵓⵙⵜ ⵏ ⵓⵙⵙⵓⴼⵖ! ⵙⵔⵓⵖⵓ ⵜⴰⵏⵣⵣⴰⵔⵜ ⴷ ⴰⵢⴼⴼⵓⵙ.",
    },
    "rule.seatbelt.mistake": {
        "en": "Seatbelt first! Buckle up before you drive.",
        "fr": "La ceinture d'abord ! Attache-la avant de rouler.",
        "ar": "الحزام أولا! اربطه قبل أن تسير.",
        "zgh": "ⵜⴰⴳⵓⵙⵜ ⵜⵉⵣⵡⴰⵔ! ⵇⵇⵏ ⵜⵜ ⴷⴰⵜ ⴰⴷ ⵜⵎⵎⵓⵙⵙⴷ.",
    },
    "rule.parking.mistake": {
        "en": "Almost! Park right inside the lines, nice and straight.",
        "fr": "Presque ! Gare-toi bien entre les lignes, bien droit.",
        "ar": "تقريبا! اركن داخل الخطوط، بشكل مستقيم.",
        "zgh": "ⵇⵔⵉⴱ! ⵙⴱⴷⴷ ⴳ ⵡⴰⵎⵎⴰⵙ ⵏ ⵉⵣⵔⵉⵔⵉⴳⵏ, ⵢⵓⵖⴷ.",
    },
    # -- praise -----------------------------------------------------------------------
    "rule.seatbelt.praise": {
        "en": "Seatbelt on. Safe and ready!",
        "fr": "Ceinture attachée. Prêt à partir !",
        "ar": "الحزام مربوط. جاهز وآمن!",
        "zgh": "ⵜⴰⴳⵓⵙⵜ ⵜⵇⵇⵏ. ⵜⵡⵊⴷ!",
    },
    "rule.red_light.praise": {
        "en": "Well done! You waited for the green light.",
        "fr": "Bravo ! Tu as attendu le feu vert.",
        "ar": "أحسنت! انتظرت الضوء الأخضر.",
        "zgh": "ⴰⵢⵓⵣ! ⵜⵔⵊⵓⴷ ⵜⴰⴼⴰⵡⵜ ⵜⴰⵣⴳⵣⴰⵡⵜ.",
    },
    "rule.stop_sign.praise": {
        "en": "Perfect stop at the STOP sign!",
        "fr": "Arrêt parfait au STOP !",
        "ar": "توقف ممتاز عند علامة قف!",
        "zgh": "ⴰⴱⴷⴰⴷ ⵉⵖⵓⴷⴰⵏ ⴳ STOP!",
    },
    "rule.yield.praise": {
        "en": "Good looking! You gave way.",
        "fr": "Bien regardé ! Tu as cédé le passage.",
        "ar": "نظرة جيدة! أعطيت الأسبقية.",
        "zgh": "ⵜⵥⵕⵉⴷ ⵎⵍⵉⵃ! ⵜⴼⴽⵉⴷ ⴰⴱⵔⵉⴷ.",
    },
    "rule.pedestrian.praise": {
        "en": "Kind driver! You let people cross.",
        "fr": "Gentil conducteur ! Tu as laissé traverser.",
        "ar": "سائق لطيف! تركت الناس يعبرون.",
        "zgh": "ⴰⵎⵏⴷⴰⵀ ⵉⵖⵓⴷⴰⵏ! ⵜⴵⵊⵉⴷ ⵎⴷⴷⵏ ⴰⴷ ⵣⴳⵔⵏ.",
    },
    "rule.speeding.praise": {
        "en": "Nice and slow past the school. Well done!",
        "fr": "Tout doux devant l'école. Bravo !",
        "ar": "ببطء أمام المدرسة. أحسنت!",
        "zgh": "ⵙ ⵍⵎⵀⵍ ⵣⴷⴰⵜ ⵉ ⵜⵉⵏⵎⵍ. ⴰⵢⵓⵣ!",
    },
    "rule.no_indicator.praise": {
        "en": "Good blinker! Everyone knew where you were going.",
        "fr": "Bon clignotant ! Tout le monde savait où tu allais.",
        "ar": "إشارة جيدة! الجميع عرف إلى أين تذهب.",
        "zgh": "ⴰⵎⵙⵎⵍ ⵉⵖⵓⴷⴰⵏ! ⴽⵓⵍⵍⵓ ⵙⵙⵏⵏ ⵎⴰⵏⵉ ⵙ ⵜⵜⴷⴷⵓⴷ.",
    },
    "rule.emergency.praise": {
        "en": "You let the ambulance pass. Super!",
        "fr": "Tu as laissé passer l'ambulance. Super !",
        "ar": "تركت سيارة الإسعاف تمر. رائع!",
        "zgh": "ⵜⴵⵊⵉⴷ ⵜⴰⴽⵔⵔⵓⵙⵜ ⵏ ⵓⵙⵙⵓⴼⵖ ⴰⴷ ⵜⵣⵔⵉ. ⴰⵢⵓⵣ!",
    },
    "rule.parking.praise": {
        "en": "Neat parking, right between the lines!",
        "fr": "Beau créneau, bien entre les lignes !",
        "ar": "ركن رائع، بين الخطوط تماما!",
        "zgh": "ⴰⵙⴱⴷⴷ ⵉⵖⵓⴷⴰⵏ, ⴳ ⵡⴰⵎⵎⴰⵙ ⵏ ⵉⵣⵔⵉⵔⵉⴳⵏ!",
    },
    "rule.checkpoint.praise": {
        "en": "Checkpoint! On to the next one.",
        "fr": "Étape réussie ! En route pour la suivante.",
        "ar": "نقطة مرور! إلى التالية.",
        "zgh": "ⵜⴰⵏⵇⵇⵉⴹⵜ! ⵖⵔ ⵜⵉⵙ ⵙⵉⵏ.",
    },
    "rule.finish.praise": {
        "en": "You made it to the end!",
        "fr": "Tu es arrivé au bout !",
        "ar": "وصلت إلى النهاية!",
        "zgh": "ⵜⵍⴽⵎⴷ ⵜⵉⴳⵉⵔⴰ!",
    },
    "rule.finish.clean": {
        "en": "The whole drive without a mistake. Champion!",
        "fr": "Tout le parcours sans une erreur. Champion !",
        "ar": "المسار كله دون أي خطأ. بطل!",
        "zgh": "ⴰⴱⵔⵉⴷ ⴰⴽⴽ ⴱⵍⴰ ⵜⵓⵣⴳⵍⵜ. ⴰⵎⵓⵔⴰⵣ!",
    },
    # -- explanations (what to practise) --------------------------------------------------
    "rule.red_light.explain": {
        "en": "Red: stop before the white line and wait for green.",
        "fr": "Rouge : arrête-toi avant la ligne blanche et attends le vert.",
        "ar": "الأحمر: توقف قبل الخط الأبيض وانتظر الأخضر.",
        "zgh": "ⵜⴰⵣⴳⴳⵯⴰⵖⵜ: ⴱⴷⴷ ⴷⴰⵜ ⵉ ⵓⵣⵔⵉⵔⴳ ⴰⵎⵍⵍⴰⵍ, ⵔⵊⵓ ⵜⴰⵣⴳⵣⴰⵡⵜ.",
    },
    "rule.amber_light.explain": {
        "en": "Orange: stop if you can do it gently; it will soon be red.",
        "fr": "Orange : arrête-toi si tu peux le faire doucement ; il va passer au rouge.",
        "ar": "البرتقالي: توقف إن استطعت بهدوء؛ سيصير أحمر قريبا.",
        "zgh": "ⵜⴰⵍⵜⵜⵛⵉⵏⵜ: ⴱⴷⴷ ⵎⴰ ⵜⵣⵎⵔⴷ ⵙ ⵍⵎⵀⵍ; ⴰⴷ ⵜⴳ ⵜⴰⵣⴳⴳⵯⴰⵖⵜ.",
    },
    "rule.stop_sign.explain": {
        "en": "STOP: the wheels stop turning before the line, then look both ways.",
        "fr": "STOP : les roues s'arrêtent avant la ligne, puis regarde des deux côtés.",
        "ar": "قف: تتوقف العجلات قبل الخط، ثم انظر في الاتجاهين.",
        "zgh": "STOP: ⵉⵔⵓⵍⵍⵏ ⴱⴷⴷⵏ ⴷⴰⵜ ⵉ ⵓⵣⵔⵉⵔⴳ, ⵙ ⵥⵕ ⵙⵉⵏ ⵉⵙⵔⴰⴳ.",
    },
    "rule.yield.explain": {
        "en": "Triangle sign or roundabout: let the cars already there go first.",
        "fr": "Triangle ou rond-point : laisse passer les voitures qui y sont déjà.",
        "ar": "المثلث أو المدار: اترك السيارات الموجودة تمر أولا.",
        "zgh": "ⴰⵎⴰⵜⴰⵔ ⴰⵎⴽⵕⴰⴷ ⵏⵖ ⴰⵙⵓⵜⵜⵍ: ⴰⴵⵊ ⵜⵉⴽⵔⵔⵓⵙⵉⵏ ⴰⴷ ⵣⵔⵉⵏⵜ.",
    },
    "rule.pedestrian.explain": {
        "en": "Zebra crossing: if someone is on it or waiting, stop and let them cross.",
        "fr": "Passage piéton : si quelqu'un traverse ou attend, arrête-toi.",
        "ar": "ممر الراجلين: إذا كان أحد يعبر أو ينتظر، توقف.",
        "zgh": "ⴰⵣⵔⴰⵢ ⵏ ⵉⵎⵙⵉⴷⴷⵉⵔⵏ: ⵎⴰ ⵉⵍⵍⴰ ⵢⴰⵏ ⵉⵣⴳⴳⵔ ⵏⵖ ⵉⵔⵊⵓ, ⴱⴷⴷ.",
    },
    "rule.speeding.explain": {
        "en": "The number on the round sign is the fastest you may go.",
        "fr": "Le nombre sur le panneau rond, c'est la vitesse à ne pas dépasser.",
        "ar": "الرقم على العلامة المستديرة هو أقصى سرعة.",
        "zgh": "ⵓⵟⵟⵓⵏ ⴳ ⵓⵎⴰⵜⴰⵔ ⴰⵎⵙⵏⴳⵍⵓⵍ ⴷ ⵜⴰⵖⵓⵍⵍⵉ ⵜⴰⵎⵇⵔⴰⵏⵜ.",
    },
    "rule.wrong_way.explain": {
        "en": "Keep to the right side of the road, in your own lane.",
        "fr": "Reste du côté droit de la route, dans ta voie.",
        "ar": "ابق على الجانب الأيمن من الطريق، في مسارك.",
        "zgh": "ⵇⵇⵉⵎ ⴳ ⵓⵢⴼⴼⵓⵙ ⵏ ⵓⴱⵔⵉⴷ, ⴳ ⵓⴱⵔⵉⴷ ⵏⵏⴽ.",
    },
    "rule.off_road.explain": {
        "en": "All four wheels stay on the grey road.",
        "fr": "Les quatre roues restent sur la route grise.",
        "ar": "العجلات الأربع تبقى على الطريق الرمادي.",
        "zgh": "ⴽⴽⵓⵣ ⵉⵔⵓⵍⵍⵏ ⵇⵇⵉⵎⵏ ⵖⴼ ⵓⴱⵔⵉⴷ ⴰⵎⴰⵔⵖⵓⵖ.",
    },
    "rule.collision_vehicle.explain": {
        "en": "Look ahead and brake early: never touch another car.",
        "fr": "Regarde devant et freine tôt : ne touche jamais une autre voiture.",
        "ar": "انظر أمامك وفرمل مبكرا: لا تلمس سيارة أخرى أبدا.",
        "zgh": "ⵥⵕ ⵣⴷⴰⵜ ⴰⴽ ⵜⵙⴱⴷⴷⴷ ⵣⵉⴽ: ⵓⵔ ⵜⵏⵏⴰⵍ ⵜⴰⴽⵔⵔⵓⵙⵜ.",
    },
    "rule.collision_pedestrian.explain": {
        "en": "People walking are fragile: slow down and stop for them.",
        "fr": "Les piétons sont fragiles : ralentis et arrête-toi pour eux.",
        "ar": "الراجلون ضعفاء: خفف السرعة وتوقف لهم.",
        "zgh": "ⵉⵎⵙⵉⴷⴷⵉⵔⵏ ⵔⵀⵉⴼⵏ: ⵙⵔⵓⵖⵓ ⵜⴱⴷⴷⴷ ⵖⵓⵔⵙⵏ.",
    },
    "rule.collision_object.explain": {
        "en": "Go slowly near walls and steer gently.",
        "fr": "Roule doucement près des murs et tourne le volant en douceur.",
        "ar": "سر ببطء قرب الجدران وأدر المقود بلطف.",
        "zgh": "ⵎⵎⵓⵙⵙ ⵙ ⵍⵎⵀⵍ ⵖⵔ ⵉⵖⵔⴱⴰⵍⵏ.",
    },
    "rule.tailgating.explain": {
        "en": "Two seconds: count 'one, two' between you and the car in front.",
        "fr": "Deux secondes : compte « un, deux » entre toi et la voiture devant.",
        "ar": "ثانيتان: عد «واحد، اثنان» بينك وبين السيارة الأمامية.",
        "zgh": "ⵙⵉⵏ ⵜⵙⵉⵏⵜⵉⵜⵉⵏ: ⵙⵉⴹⵏ «ⵢⴰⵏ, ⵙⵉⵏ» ⴳⵔ ⴰⴽ ⴷ ⵜⴽⵔⵔⵓⵙⵜ.",
    },
    "rule.no_indicator.explain": {
        "en": "Before turning or leaving the roundabout, blink on that side.",
        "fr": "Avant de tourner ou de sortir du rond-point, mets le clignotant de ce côté.",
        "ar": "قبل الانعطاف أو الخروج من المدار، شغل الإشارة في تلك الجهة.",
        "zgh": "ⴷⴰⵜ ⴰⴷ ⵜⵜⵓⵜⵜⵍⴷ, ⵙⵙⵅⴷⵎ ⴰⵎⵙⵎⵍ ⵏ ⵜⵙⴳⴰ ⵏⵏⴰ.",
    },
    "rule.emergency.explain": {
        "en": "Siren behind you: slow down, move right, let it pass.",
        "fr": "Sirène derrière toi : ralentis, serre à droite, laisse passer.",
        "ar": "صفارة خلفك: خفف، ابتعد يمينا، اتركها تمر.",
        "zgh": "ⴰⵙⵖⵓⵢ ⴹⴰⴼⵔ ⴰⴽ: ⵙⵔⵓⵖⵓ, ⴷⴷⵓ ⵙ ⴰⵢⴼⴼⵓⵙ, ⴰⴵⵊ ⵜⵜ ⴰⴷ ⵜⵣⵔⵉ.",
    },
    "rule.seatbelt.explain": {
        "en": "Click! Buckle the seatbelt before the car moves.",
        "fr": "Clic ! Attache la ceinture avant que la voiture ne bouge.",
        "ar": "تك! اربط الحزام قبل أن تتحرك السيارة.",
        "zgh": "ⴽⵍⵉⴽ! ⵇⵇⵏ ⵜⴰⴳⵓⵙⵜ ⴷⴰⵜ ⴰⴷ ⵜⵎⵎⵓⵙⵙ ⵜⴽⵔⵔⵓⵙⵜ.",
    },
    "rule.parking.explain": {
        "en": "Drive slowly into the bay and stop with the car straight inside the lines.",
        "fr": "Entre doucement dans la place et arrête-toi bien droit entre les lignes.",
        "ar": "ادخل المكان ببطء وتوقف مستقيما بين الخطوط.",
        "zgh": "ⴽⵛⵎ ⵙ ⵍⵎⵀⵍ ⵙ ⵓⵎⵙⴱⴷⴷ, ⴱⴷⴷ ⵢⵓⵖⴷ ⴳ ⵡⴰⵎⵎⴰⵙ ⵏ ⵉⵣⵔⵉⵔⵉⴳⵏ.",
    },
}
CATALOG.update(RULE_MESSAGES)


def text(key: str, lang: str = DEFAULT_LANG) -> str:
    """The message for a key; English, then the key itself, when a translation is missing."""
    entry = CATALOG.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry.get(DEFAULT_LANG) or key


def _add_ui_messages() -> None:
    """The menus' words live in game/i18n/ui.py; one catalog for every lookup."""
    from game.i18n.ui import LESSONS, UI_MESSAGES

    CATALOG.update(UI_MESSAGES)
    CATALOG.update(LESSONS)


_add_ui_messages()
