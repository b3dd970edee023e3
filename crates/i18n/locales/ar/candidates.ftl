# المترشحون: طلبات الترشح المفتوحة، الترشح على مراحل، الانتقاء.

nav-calls = طلبات الترشح
nav-candidates = المترشحون
nav-my-applications = ترشحاتي

action-apply = الترشح
action-create-account = إنشاء حسابي والبدء
action-start-application = بدء الترشح
action-save-continue = حفظ ومتابعة
action-submit-application = إرسال ترشحي
action-continue-application = متابعة ترشحي
action-publish = نشر طلب الترشح
action-change-status = تغيير الحالة
action-override = الاستثناء بهذا التبرير
action-show-passport = عرض رقم جواز السفر
action-previous = السابقة
action-next = التالية

calls-title = طلبات الترشح
calls-open-title = طلبات الترشح المفتوحة
calls-new = طلب ترشح جديد
calls-none-open = لا يوجد أي طلب ترشح مفتوح حاليًا.
calls-closes-on = يُغلق في { $date }
calls-open = مفتوح
calls-closed = طلب الترشح هذا مغلق: لم تعد الترشحات مقبولة.
calls-who-may-apply = من يمكنه الترشح
calls-no-rules = يمكن للجميع الترشح.
calls-rules = شروط الأهلية
calls-rules-hint = اترك الحقل فارغًا عندما لا ينطبق الشرط.
calls-applications = الترشحات

rule-age = أن يتراوح العمر بين { $min } و{ $max } سنة في { $date }
rule-residence = الإقامة في { $countries }
rule-qualification = الحصول على الشهادة خلال { $months } شهرًا السابقة للترشح
rule-language = اللغة { $language } بمستوى { $min } أو أعلى في الفهم والتحدث والكتابة
rule-education = مستوى تعليمي { $min } أو أعلى حسب التصنيف الدولي (ISCED)

apply-title = الترشح
apply-intro = أنشئ حسابًا لملء ترشحك. يمكنك التوقف عند أي مرحلة: ما حفظته يبقى محفوظًا ويمكنك العودة لاحقًا.
apply-signed-in = أنت مسجّل الدخول. سيُربط ترشحك بهذا الحساب.
apply-have-account = هل لديك حساب بالفعل؟

steps-label = مراحل الترشح
step-identity = الهوية ووسائل الاتصال
step-education = الدراسة واللغات
step-preferences = الخبرة والتفضيلات
step-consent = الموافقة والإرسال

field-family-name = اللقب (بالحروف اللاتينية)
field-given-names = الاسم (بالحروف اللاتينية)
field-family-name-ar = اللقب بالحروف العربية (اختياري)
field-given-names-ar = الاسم بالحروف العربية (اختياري)
field-birth-date = تاريخ الولادة
field-sex = الجنس
field-nationality = الجنسية
field-residence-country = بلد الإقامة
field-residence-territory = جهة أو مدينة الإقامة
field-passport-number = رقم جواز السفر
field-phone = رقم الهاتف
field-whatsapp = رقم واتساب (إن كان مختلفًا)
field-isced-level = أعلى مستوى دراسي
field-qualification-title = عنوان الشهادة
field-field-of-study = مجال الدراسة
field-qualification-date = تاريخ الحصول على الشهادة
field-languages = اللغات
field-experience = الخبرة المهنية
field-sectors = القطاعات المفضلة
field-cities = المدن المفضلة في إيطاليا
field-available-from = متاح ابتداءً من
field-consent = أوافق على معالجة بياناتي كما هو موضح أعلاه.
field-call = طلب الترشح
field-title = العنوان
field-description = الوصف
field-opens-on = تاريخ الفتح
field-closes-on = تاريخ الإغلاق
field-places = عدد المقاعد
field-min-age = الحد الأدنى للعمر
field-max-age = الحد الأقصى للعمر
field-age-on = يُحسب العمر في
field-residence-countries = بلدان الإقامة المقبولة
field-qualification-within = الحصول على الشهادة منذ (بالأشهر) على الأكثر
field-rule-language = اللغة المطلوبة
field-rule-language-min = الحد الأدنى للمستوى في هذه اللغة
field-min-isced = الحد الأدنى لمستوى ISCED
field-submitted-at = تاريخ الإرسال
field-reason = السبب
field-justification = تبرير مكتوب
field-new-status = الحالة الجديدة
field-search = بحث
field-italian-min = الإيطالية على الأقل
field-sort = الترتيب حسب

hint-latin-names = كما هو مكتوب في جواز سفرك.
hint-passport = يُحفظ مشفّرًا؛ لا يمكن قراءته إلا للموظفين المرخّص لهم.
hint-passport-stored = يوجد رقم محفوظ بالفعل (مشفّر). اترك الحقل فارغًا للإبقاء عليه.
hint-phone = مع رمز البلد، مثلًا ⁦+216 20 123 456⁩ أو ⁦+212 661 234 567⁩.
hint-cefr = لكل لغة، مستواك من A1 (مبتدئ) إلى C2 (إتقان)، إن كنت تعرفه.
hint-experience = سطر واحد لكل خبرة مع السنوات، مثلًا: 2022–2024 مطوّر مواقع، صفاقس.
hint-comma-list = افصل بينها بفواصل.
hint-justification = اشرح لماذا يجب أن يستمر الترشح رغم عدم استيفاء أحد الشروط (10 أحرف على الأقل). يُسجَّل التبرير.
hint-reason = مطلوب في حالة الرفض أو عدم الأهلية؛ يطّلع المترشح على سبب الرفض.
hint-passport-audited = تُسجَّل كل قراءة في سجل التدقيق.

sex-f = أنثى
sex-m = ذكر
sex-x = آخر أو غير مصرّح به

isced-0 = التعليم في مرحلة الطفولة المبكرة (ISCED 0)
isced-1 = التعليم الابتدائي (ISCED 1)
isced-2 = التعليم الإعدادي (ISCED 2)
isced-3 = التعليم الثانوي، البكالوريا (ISCED 3)
isced-4 = ما بعد الثانوي غير العالي (ISCED 4)
isced-5 = التعليم العالي قصير المدى (ISCED 5)
isced-6 = الإجازة (ISCED 6)
isced-7 = الماجستير، شهادة مهندس (ISCED 7)
isced-8 = الدكتوراه (ISCED 8)

skill-understanding = الفهم
skill-speaking = التحدث
skill-writing = الكتابة

language-it = الإيطالية
language-fr = الفرنسية
language-en = الإنجليزية

country-dz = الجزائر
country-eg = مصر
country-ly = ليبيا

consent-text = يعالج شركاء البرنامج بياناتك لتقييم ترشحك وانتقاء المشاركين وتنظيم التربصات، وتُحفظ طوال مدة البرنامج. يمكنك في أي وقت طلب الاطلاع عليها أو تصحيحها أو حذفها. يُحفظ رقم جواز سفرك مشفّرًا.
consent-complete-first = أكمل المراحل الثلاث السابقة قبل الإرسال.

status-title = ترشحي
mine-title = ترشحاتي
mine-none = لم تترشح بعد.
status-draft = قيد الملء
status-submitted = مُرسَل
status-eligible = مؤهَّل
status-ineligible = غير مؤهَّل
status-shortlisted = مُنتقى
status-waiting-list = في قائمة الانتظار
status-rejected = غير مقبول

eligibility-title = الأهلية
eligibility-none = لم يُتحقق من أي شرط بعد.
eligibility-overridden = استثناء من شروط الأهلية
eligibility-missing = معلومة ناقصة لهذا الشرط.
eligibility-age-passed = العمر { $age }: ضمن المجال { $min }–{ $max }.
eligibility-age-failed = العمر { $age }: خارج المجال { $min }–{ $max }.
eligibility-residence-passed = مقيم في { $country }.
eligibility-residence-failed = مقيم في { $country }؛ يقبل طلب الترشح { $countries }.
eligibility-territory-passed = مقيم في إحدى جهات طلب الترشح.
eligibility-territory-failed = غير مقيم في إحدى جهات طلب الترشح.
eligibility-qualification-passed = شهادة بتاريخ { $date }: خلال { $months } شهرًا.
eligibility-qualification-failed = شهادة بتاريخ { $date }: أكثر من { $months } شهرًا قبل الترشح.
eligibility-language-passed = { $language }: المستوى { $level }، والمطلوب { $min } على الأقل.
eligibility-language-failed = { $language }: المستوى { $level }؛ المطلوب { $min } على الأقل في كل مهارة.
eligibility-education-passed = المستوى الدراسي ISCED { $level }، والمطلوب { $min } على الأقل.
eligibility-education-failed = المستوى الدراسي ISCED { $level }؛ المطلوب { $min } على الأقل.

timeline-title = المسار الزمني
event-created = بدء الترشح
event-entered = تسجيل الترشح ({ $status })
event-submitted = إرسال الترشح
event-status = تغيّرت الحالة: { $status }
event-override = استثناء من شروط الأهلية

candidates-title = المترشحون
candidate-title = الترشح
candidates-count = { $count ->
    [zero] لا يوجد أي ترشح
    [one] ترشح واحد
    [two] ترشحان
    [few] { $count } ترشحات
    [many] { $count } ترشحًا
   *[other] { $count } ترشح
}
candidate-anonymous = المترشح { $ref }
candidate-identity = الهوية
candidate-profile = الملف الشخصي
candidate-decision = القرار
candidate-duplicates = { $count ->
    [one] ترشح آخر يحمل رقم جواز السفر نفسه.
    [two] ترشحان آخران يحملان رقم جواز السفر نفسه.
    [few] { $count } ترشحات أخرى تحمل رقم جواز السفر نفسه.
   *[other] { $count } ترشحًا آخر يحمل رقم جواز السفر نفسه.
}
sort-name = الاسم
sort-submitted = الأحدث
sort-italian = مستوى الإيطالية
pages-label = الصفحات
page-of = الصفحة { $page } من { $pages }

error-call-closed = طلب الترشح هذا غير مفتوح لتلقي الترشحات.
error-email-taken-sign-in = يوجد حساب بهذا البريد الإلكتروني بالفعل: سجّل الدخول للمتابعة.
error-already-applied = لقد ترشحت بالفعل لطلب الترشح هذا.
error-application-sent = أُرسل هذا الترشح ولم يعد من الممكن تعديله.
error-steps-incomplete = أكمل جميع المراحل قبل الإرسال.
error-candidate-out-of-scope = هذا الترشح خارج الجهة التي تعمل فيها.
error-no-lead-partner = ليس لهذا البرنامج شريك رئيسي لتسجيل المترشحين لديه.
error-passport-required = أدخل رقم جواز سفرك.
error-consent-required = ضع علامة في المربع للموافقة على معالجة بياناتك.
error-invalid-status = اختر حالة من القائمة.
error-status-transition = لا يمكن الانتقال إلى هذه الحالة من الحالة الحالية.
error-eligibility-not-met = شروط الأهلية غير مستوفاة: يلزم أولًا استثناء مبرَّر.
error-reason-required = اذكر السبب.
error-phone-country-code = ابدأ الرقم برمز البلد (⁦+216⁩، ⁦+212⁩، …).
error-invalid-phone = رقم الهاتف هذا غير صالح.
error-latin-name = اكتب الاسم بالحروف اللاتينية كما في جواز السفر.
error-arabic-name = اكتب هذا الاسم بالحروف العربية أو اتركه فارغًا.
error-choose-one = اختر أحد الخيارات.
error-required = هذا الحقل إلزامي.
error-date-in-future = هذا التاريخ في المستقبل.
error-invalid-number = أدخل عددًا صحيحًا ضمن المجال المسموح به.
error-invalid-range = الحد الأقصى أصغر من الحد الأدنى.
error-justification-required = اكتب تبريرًا من 10 أحرف على الأقل.
error-nothing-to-override = لا يوجد أي تحقق أهلية فاشل يمكن الاستثناء منه.
