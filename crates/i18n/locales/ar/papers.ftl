paper-training-project-title = مشروع التدريب
paper-convention-title = اتفاقية التدريب
paper-footer = وثيقة أنتجها Mentor — الصفحة {"{"}page{"}"} من {"{"}pages{"}"}
paper-section-trainee = المتدرّب
paper-section-promoter = الجهة المروّجة
paper-section-host = الشركة المستضيفة
paper-section-traineeship = التدريب
paper-section-objectives = الأهداف والكفاءات المطلوب اكتسابها
paper-section-insurance = التأمينات
paper-section-trainees = المتدرّبون المشمولون بالاتفاقية
paper-section-clauses = الالتزامات والوحدات الإلزامية
paper-field-family-name = اسم العائلة
paper-field-given-names = الاسم الشخصي
paper-field-birth-date = تاريخ الميلاد
paper-field-birth-place = مكان الميلاد
paper-field-nationality = الجنسية
paper-field-codice-fiscale = الرمز الضريبي الإيطالي
paper-field-passport-number = رقم جواز السفر
paper-field-promoter = الجهة المروّجة
paper-field-promoter-tutor = مؤطّر الجهة المروّجة
paper-field-company = اسم الشركة
paper-field-vat-number = رقم الضريبة على القيمة المضافة
paper-field-ateco = رمز ATECO
paper-field-address = مكان التدريب
paper-field-company-tutor = مؤطّر الشركة
paper-field-occupation = المهنة والقطاع
paper-field-workplace = مكان العمل
paper-field-planned-start-on = تاريخ البدء المقرّر
paper-field-planned-end-on = تاريخ الانتهاء المقرّر
paper-field-duration-months = المدة (بالأشهر)
paper-field-hours-per-week = الساعات في الأسبوع
paper-field-allowance = المنحة الشهرية
paper-field-board-and-lodging = الإطعام / السكن
paper-field-lodging = السكن
paper-field-required-skills = الكفاءات المطلوبة
paper-field-desired-skills = الكفاءات المراد تطويرها
paper-field-inail-policy = رقم التأمين لدى INAIL
paper-field-liability-policy = بوليصة تأمين المسؤولية المدنية
paper-field-trainees = المتدرّبون
paper-field-trainees-covered = عدد المتدرّبين
paper-yes = نعم
paper-no = لا
paper-modules = يتابع المتدرّب الوحدات الإلزامية: تكوين عام في الصحة والسلامة في العمل (4 ساعات) وتكوين خاص حسب مخاطر النشاط، ودروس في اللغة الإيطالية، وتوجيه مدني. يشهد مؤطّر الشركة على الحضور.
paper-clause-object = تستقبل الشركة المستضيفة المتدرّبين المذكورين، باقتراح من الجهة المروّجة، وفقًا للمادة 27 من المرسوم التشريعي ⁦286/1998⁩ وتوجيهات الإقليم.
paper-clause-promoter = تُعدّ الجهة المروّجة مشروع التدريب لكل متدرّب، وتعيّن مؤطّرًا، وتتابع التدريب حتى نهايته.
paper-clause-host = تعيّن الشركة المستضيفة مؤطّرًا، وتدفع المنحة المذكورة في مشروع التدريب، وتقدّم الإشعار الإلزامي عند البدء والتمديد والانقطاع والانتهاء، وتصريح الاستضافة خلال 48 ساعة من الوصول.
paper-clause-insurance = يُؤمَّن المتدرّبون لدى INAIL وضد المسؤولية المدنية تجاه الغير طوال مدة التدريب.
paper-sign-trainee = المتدرّب
paper-sign-promoter = الجهة المروّجة
paper-sign-host = الشركة المستضيفة
case-papers-title = وثائق الملف
case-papers-back = العودة إلى الملف
case-papers-intro = تُنتج الوثائق مما يسجّله الملف: صحّحوا معلومة في الملف، ثم أنشئوا إصدارًا جديدًا. يبقى الإصدار الذي اطّلع عليه الإقليم كما هو.
case-papers-generate = إنشاء الإصدار الأول
case-papers-regenerate = إنشاء إصدار جديد ببيانات اليوم
case-papers-none = لا يوجد إصدار بعد.
case-papers-version = الإصدار { $version } (PDF)
case-papers-submitted = اطّلع عليه الإقليم
case-papers-since-region = ما تغيّر منذ الإصدار { $version }، الذي اطّلع عليه الإقليم:
case-papers-changes = { $count ->
    [zero] لا تغييرات عن الإصدار السابق
    [one] تغيير واحد عن الإصدار السابق
    [two] تغييران عن الإصدار السابق
    [few] { $count } تغييرات عن الإصدار السابق
   *[other] { $count } تغييرًا عن الإصدار السابق
}
flash-paper-generated = أُنشئ إصدار جديد.
flash-paper-unchanged = لم يتغيّر شيء منذ أحدث إصدار: يبقى هو الساري.
