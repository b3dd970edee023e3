# Host companies, positions, outreach, regional rules, invitations.

nav-companies = الشركات
nav-positions = عروض التربص
nav-outreach = استقطاب الشركات
nav-rules = قواعد الاستضافة

## Companies
companies-title = الشركات
companies-new = تسجيل شركة
companies-edit = تعديل الشركة
companies-board = لوحة المتابعة حسب المراحل
companies-count = { $count ->
    [zero] لا توجد أي شركة
    [one] شركة واحدة
    [two] شركتان
    [few] { $count } شركات
    [many] { $count } شركة
   *[other] { $count } شركة
}
companies-vat-duplicates = { $count ->
    [zero] لا توجد أي شركة أخرى مسجَّلة برقم الضريبة على القيمة المضافة نفسه.
    [one] توجد شركة أخرى مسجَّلة برقم الضريبة على القيمة المضافة نفسه.
    [two] توجد شركتان أخريان مسجَّلتان برقم الضريبة على القيمة المضافة نفسه.
    [few] توجد { $count } شركات أخرى مسجَّلة برقم الضريبة على القيمة المضافة نفسه.
    [many] توجد { $count } شركة أخرى مسجَّلة برقم الضريبة على القيمة المضافة نفسه.
   *[other] توجد { $count } شركة أخرى مسجَّلة برقم الضريبة على القيمة المضافة نفسه.
}
companies-cap-status = الحد الأقصى لعدد المتربصين الذين يمكن لهذه الشركة استضافتهم في الوقت نفسه: { $cap }؛ عدد الأماكن المشغولة حاليًا بعروض مقدَّمة أو نشطة: { $held }.

field-legal-name = التسمية الاجتماعية
field-vat-number = رقم الضريبة على القيمة المضافة (Partita IVA)
field-tax-code = الرمز الضريبي (codice fiscale)
field-ateco = القطاع (رمز ATECO)
field-employees = عدد العاملين
field-address = العنوان
field-region = الإقليم
field-contact-name = الشخص المكلَّف بالاتصال
field-contact-email = البريد الإلكتروني للشخص المكلَّف بالاتصال
field-contact-phone = هاتف الشخص المكلَّف بالاتصال
field-notes = ملاحظات
field-stage = المرحلة
field-rule = الشرط
field-result = النتيجة
field-company = الشركة
hint-vat = 11 رقمًا؛ الرقم الأخير رقم للتحقق.

## Pipeline stages
stage-identified = تم تحديدها
stage-contacted = تم الاتصال بها
stage-interested = مهتمة
stage-workshop-attended = حضرت ورشة عمل
stage-positions-offered = قدَّمت عروض تربص
stage-hosting = تستضيف متربصين
stage-alumni-host = استضافت متربصين في السابق

## Hosting checklist
checklist-heading = هل يمكن لهذه الشركة استضافة متربصين؟
checklist-title = قائمة التحقق من شروط الاستضافة: { $name }
checklist-open = استكمال قائمة التحقق
checklist-intro = يُرجى التصريح بما إذا كانت الشركة تستوفي كل شرط من الشروط المعمول بها في إقليمها. لا يمكن اعتماد عروض التربص إلا بعد استيفاء جميع الشروط.
checklist-eligible = نعم: جميع الشروط مستوفاة.
checklist-not-eligible = ليس بعد: بعض الشروط غير مستوفاة أو لم يتم التصريح بها.
rule-vat = رقم ضريبة على القيمة المضافة صالح
rule-region = إقليم الشركة المستضيفة
rule-safety = تلتزم الشركة بتشريعات الصحة والسلامة في مكان العمل (المرسوم التشريعي ⁦D.Lgs. 81/2008⁩)
rule-disability = تلتزم الشركة بقانون التشغيل الإلزامي للأشخاص ذوي الإعاقة (القانون ⁦L. 68/1999⁩)
rule-no-dismissals = لم يتم تسريح أي عامل يؤدي مهامًا مماثلة في الوحدة نفسها خلال آخر 12 شهرًا
rule-no-insolvency = لا توجد أي إجراءات إعسار أو إفلاس جارية
rule-no-wage-support = عدم اللجوء إلى نظام دعم الأجور (cassa integrazione) لمهام مماثلة
rule-headcount = عدد المتربصين في الوقت نفسه (الحد الأقصى حسب عدد العاملين)
reason-declared = تم التصريح باستيفائه.
reason-declared-not-met = تم التصريح بعدم استيفائه.
reason-not-declared = لم يتم التصريح به بعد.
reason-vat-valid = تم تسجيل رقم ضريبة على القيمة المضافة صالح.
reason-vat-missing = يُرجى إدخال رقم ضريبة على القيمة المضافة صالح في ملف الشركة.
reason-region-unknown = يُرجى اختيار الإقليم في ملف الشركة: فقواعده هي التي تنطبق.
reason-headcount-cap = { $count ->
    [zero] لا يمكن استضافة أي متربص.
    [one] متربص واحد على الأكثر في الوقت نفسه.
    [two] متربصان اثنان على الأكثر في الوقت نفسه.
    [few] { $count } متربصين على الأكثر في الوقت نفسه.
    [many] { $count } متربصًا على الأكثر في الوقت نفسه.
   *[other] { $count } متربص على الأكثر في الوقت نفسه.
}
reason-employees-missing = يُرجى إدخال عدد العاملين في ملف الشركة.
answer-yes = نعم
answer-no = لا
answer-met = مستوفى
answer-not-met = غير مستوفى
action-save-checklist = حفظ قائمة التحقق

## Positions
positions-title = عروض التربص
positions-new = عرض تربص جديد
positions-edit = تعديل عرض التربص
positions-places-total = { $count ->
    [zero] لا يوجد أي مكان في هذه القائمة
    [one] مكان واحد في هذه القائمة
    [two] مكانان في هذه القائمة
    [few] { $count } أماكن في هذه القائمة
    [many] { $count } مكانًا في هذه القائمة
   *[other] { $count } مكان في هذه القائمة
}
position-status-draft = مسودة
position-status-submitted = مقدَّم إلى الجهة المروِّجة للتربص
position-status-approved = معتمَد من الجهة المروِّجة للتربص
position-status-open = مفتوح أمام المترشحين
position-status-filled = تم شغله
position-status-withdrawn = مسحوب
transition-submit = تقديم إلى الجهة المروِّجة للتربص
transition-return = إرجاع لإدخال تعديلات
transition-approve = اعتماد
transition-open = فتح أمام المترشحين
transition-fill = تسجيله كعرض تم شغله
transition-withdraw = سحب
field-occupation = المهنة (ESCO)
field-isco = رمز المجموعة في تصنيف ISCO-08
field-required-skills = المهارات المطلوبة
field-desired-skills = المهارات المرغوب فيها
field-min-italian = الحد الأدنى لمستوى اللغة الإيطالية
field-education-level = الحد الأدنى للمستوى التعليمي (ISCED 0–8)
field-workplace = مكان العمل
field-duration-months = المدة (بالأشهر)
field-hours-per-week = عدد الساعات في الأسبوع
field-allowance = المنحة الشهرية الخام (EUR)
field-board = توفير الوجبات
field-lodging = توفير السكن
field-tutor = المؤطِّر في الشركة
field-status-note = ملاحظة
error-allowance-below-minimum = المنحة أقل من الحد الأدنى المعمول به في هذا الإقليم: { $amount } شهريًا على الأقل.
error-places-over-cap = { $count ->
    [0] لم يتبقَّ للشركة أي مكان ضمن الحد الأقصى لعدد المتربصين.
    [zero] لم يتبقَّ للشركة أي مكان ضمن الحد الأقصى لعدد المتربصين.
    [one] لم يتبقَّ للشركة سوى مكان واحد ضمن الحد الأقصى لعدد المتربصين.
    [two] لم يتبقَّ للشركة سوى مكانين ضمن الحد الأقصى لعدد المتربصين.
    [few] لم يتبقَّ للشركة سوى { $count } أماكن ضمن الحد الأقصى لعدد المتربصين.
    [many] لم يتبقَّ للشركة سوى { $count } مكانًا ضمن الحد الأقصى لعدد المتربصين.
   *[other] لم يتبقَّ للشركة سوى { $count } مكان ضمن الحد الأقصى لعدد المتربصين.
}
error-company-profile-incomplete = يُرجى أولًا استكمال ملف الشركة: الإقليم وعدد العاملين.
error-company-not-eligible = لا تستوفي الشركة بعدُ جميع شروط الاستضافة: يُرجى الاطلاع على قائمة التحقق الخاصة بها.
error-position-not-editable = لا يمكن تعديل سوى العروض التي في حالة مسودة. يُرجى أن تطلب من الجهة المروِّجة للتربص إرجاع العرض لإدخال تعديلات.
error-transition = هذه الخطوة غير ممكنة انطلاقًا من الحالة الحالية.
error-position-status = حالة غير معروفة.
error-duration = تتراوح مدة التربص بين 3 و12 شهرًا.
error-hours = يُرجى إدخال عدد الساعات الأسبوعية (من 1 إلى 40).
error-places = يُرجى إدخال عدد الأماكن (من 1 إلى 50).
error-isco = يتكون رمز مجموعة ISCO من 4 أرقام على الأكثر.
error-isced = يُرجى إدخال مستوى ISCED من 0 إلى 8.
error-cefr = يُرجى اختيار مستوى من A1 إلى C2.
error-occupation = يُرجى إدخال المهنة.
error-tutor = يُرجى إدخال اسم المؤطِّر في الشركة.
error-city = يُرجى إدخال المدينة.

## Outreach
outreach-title = استقطاب الشركات
outreach-due = متابعاتي المستحقة
outreach-nothing-due = لا توجد أي متابعة مستحقة.
outreach-by-territory = نسبة التحويل حسب المنطقة
outreach-stage-heading = مرحلة الاستقطاب
campaigns-title = الحملات
campaigns-new = حملة جديدة
campaigns-contacted = الشركات التي تم الاتصال بها
campaigns-hosting = تستضيف متربصين حاليًا
campaigns-contacts = الاتصالات المسجَّلة
campaigns-conversion = التحويل عبر مراحل المسار
contacts-heading = سجل الاتصالات
contact-kind-call = مكالمة هاتفية
contact-kind-email = بريد إلكتروني
contact-kind-meeting = اجتماع
contact-kind-workshop = ورشة عمل
field-contact-kind = نوع الاتصال
field-date = التاريخ
field-campaign = الحملة
field-follow-up = تاريخ المتابعة
field-channel = القناة
field-audience = الفئة المستهدفة
hint-channel = مثل: الهاتف، البريد الإلكتروني، ورشة عمل، النشرة الإخبارية لغرفة التجارة.
action-log-contact = تسجيل الاتصال
action-done = تم
error-contact-kind = يُرجى اختيار نوع الاتصال.
error-stage = مرحلة غير معروفة.

## Rules
rules-title = القواعد الإقليمية للاستضافة
rules-intro = تحدد هذه القيم الحد الأدنى للمنحة وعدد المتربصين الذين يمكن للشركة استضافتهم. يُرجى تعديلها عند تغيّر القواعد الإقليمية.
rules-minimum = الحد الأدنى للمنحة الشهرية
field-min-allowance = الحد الأدنى للمنحة الشهرية (EUR)
field-small-max-employees = الشركات الصغيرة: الحد الأقصى لعدد العاملين
field-small-cap = الشركات الصغيرة: عدد المتربصين في الوقت نفسه
field-medium-max-employees = الشركات المتوسطة: الحد الأقصى لعدد العاملين
field-medium-cap = الشركات المتوسطة: عدد المتربصين في الوقت نفسه
field-large-percent = الشركات الأكبر: النسبة المئوية من عدد العاملين
error-rule-number = يُرجى إدخال عدد صحيح ضمن النطاق المسموح به.
error-rule-tiers = يجب أن تبدأ فئة الشركات المتوسطة فوق فئة الشركات الصغيرة.

## Invitations
invite-heading = دعوة زميل
invite-created = تم إنشاء الدعوة. أرسل هذا الرابط إلى الشخص المدعو (صالح لمدة 14 يومًا):
invite-accept-title = الانضمام إلى Mentor
invite-accept-intro = تمت دعوتك للانضمام إلى فضاء شركتك على منصة Mentor باستخدام العنوان { $email }. يُرجى اختيار اسمك وكلمة مرور.
action-invite = دعوة
action-accept = إنشاء حسابي

## Errors
error-vat-format = يتكون رقم الضريبة على القيمة المضافة من 11 رقمًا.
error-vat-checksum = رقم الضريبة على القيمة المضافة هذا غير صالح: يُرجى التحقق من الأرقام.
error-tax-code = هذا الرمز الضريبي غير صالح.
error-ateco = يكون رمز ATECO على شكل 62 أو 62.01 أو 62.01.00.
error-employees = يُرجى إدخال عدد العاملين في صورة عدد صحيح.
