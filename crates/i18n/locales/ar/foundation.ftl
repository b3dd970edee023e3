# Mentor — الرسائل باللغة العربية. يجب أن يوجد كل مفتاح هنا أيضًا في en وit وfr (يتحقق من ذلك اختبار).

## Frame
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-dashboard = لوحة القيادة
nav-programmes = البرامج
nav-organisations = المنظمات
nav-users = المستخدمون
nav-audit = سجل التدقيق
nav-account = حسابي
language-label = اللغة:

## Actions
action-sign-in = تسجيل الدخول
action-sign-out = تسجيل الخروج
action-save = حفظ
action-edit = تعديل
action-add = إضافة
action-remove = إزالة
action-filter = تصفية
action-enable = تفعيل الحساب
action-disable = تعطيل الحساب
action-change-password = تغيير كلمة المرور
action-back-home = العودة إلى لوحة القيادة
action-older = الإدخالات الأقدم

## Sign-in
login-title = تسجيل الدخول
login-intro = يُرجى تسجيل الدخول باستخدام عنوان البريد الإلكتروني وكلمة المرور الخاصين بحسابك في منصة Mentor.

## Dashboard
dashboard-title = لوحة القيادة
dashboard-welcome = مرحبًا، { $name }.

## Programmes
programmes-title = البرامج
programmes-new = برنامج جديد
programmes-edit = تعديل البرنامج
programmes-territories = المناطق
programmes-partners = المنظمات الشريكة

## Organisations
organisations-title = المنظمات
organisations-new = منظمة جديدة
organisations-edit = تعديل المنظمة
organisations-count = { $count ->
    [zero] لا توجد أي منظمة
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}

## Users and account
users-title = المستخدمون
users-new = مستخدم جديد
users-access = صلاحية الدخول
users-disable-hint = يتم تسجيل خروج الشخص المعطَّل فورًا، ولا يمكنه تسجيل الدخول إلى أن يُعاد تفعيل حسابه.
account-title = حسابي
account-profile = الملف الشخصي
account-password = كلمة المرور
account-memberships = المنظمات والأدوار
account-language-auto = حسب تفضيل المتصفح

## Audit
audit-title = سجل التدقيق
audit-tampered = السلسلة منقطعة عند الإدخال رقم { $seq }: تم تغيير هذا الإدخال.
audit-gap = السلسلة منقطعة عند الإدخال رقم { $seq }: توجد إدخالات مفقودة.

## Fields
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-confirm-password = أعد كتابة كلمة المرور الجديدة
field-initial-password = كلمة المرور الأولية
field-name = الاسم
field-display-name = الاسم
field-slug = الاسم المختصر (في روابط الصفحات)
field-countries = البلدان
field-country = البلد
field-period = الفترة
field-starts-on = تاريخ البداية
field-ends-on = تاريخ النهاية
field-budget = الميزانية
field-currency = العملة
field-territory = المنطقة
field-kind = النوع
field-count = العدد
field-city = المدينة
field-programme = البرنامج
field-organisation = المنظمة
field-role = الدور
field-status = الحالة
field-language = اللغة
field-actions = الإجراءات
field-time = التاريخ والوقت
field-actor = المنفِّذ
field-action = الإجراء
field-object = العنصر
field-request = الطلب

hint-password = 10 أحرف على الأقل. الجملة القصيرة سهلة التذكّر وصعبة التخمين.
hint-slug = حروف لاتينية صغيرة وأرقام وشرطات، مثل mentor-ii.
hint-countries = رموز ISO مفصولة بفواصل، مثل IT,MA,TN.
filter-all = الكل
empty-list = لا يوجد شيء هنا بعد.
notice-saved = تم الحفظ.
status-active = نشط
status-disabled = معطَّل

## Roles
role-admin = مسؤول النظام
role-coordinator = منسق البرنامج
role-agency-staff = موظف وكالة التشغيل
role-promoter-staff = موظف الجهة المروِّجة للتربص
role-ngo-staff = موظف منظمة غير حكومية
role-business-staff = موظف جمعية مهنية
role-company = مؤسسة مستضيفة
role-mediator = وسيط / مؤطِّر
role-evaluator = مقيِّم
role-participant = مشارك

## Organisation kinds
kind-lead-partner = الشريك الرئيسي
kind-municipality = بلدية
kind-origin-agency = وكالة التشغيل (بلد الأصل)
kind-promoter = الجهة المروِّجة للتربص (إيطاليا)
kind-ngo = منظمة غير حكومية
kind-business-association = جمعية مهنية
kind-research-centre = مركز بحث
kind-host-company = مؤسسة مستضيفة
kind-ministry = وزارة / شريك مشارك
kind-donor = جهة مانحة

## Countries
country-it = إيطاليا
country-ma = المغرب
country-tn = تونس

## Errors
error-title = حدث خطأ ما
error-reference = المرجع للدعم الفني: { $id }
error-unauthenticated = يُرجى تسجيل الدخول للمتابعة.
error-forbidden = دورك لا يسمح بهذا الإجراء.
error-not-found = هذه الصفحة غير موجودة، أو ليست لديك صلاحية الوصول إليها.
error-internal = حدث خطأ غير متوقع. لم يتم تغيير أي شيء. يُرجى المحاولة مرة أخرى.
error-conflict = هذه البيانات تتعارض مع سجل موجود.
error-too-many-requests = عدد الطلبات كبير جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-too-large = البيانات المرسلة كبيرة جدًا.
error-csrf = انتهت صلاحية الاستمارة أو أنها لم تُرسَل من هذا الموقع. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-sign-in-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-invalid-email = يُرجى إدخال عنوان بريد إلكتروني صالح.
error-invalid-name = يُرجى إدخال اسم (200 حرف كحد أقصى).
error-invalid-slug = يجب أن يحتوي الاسم المختصر على حروف لاتينية صغيرة وأرقام وشرطات مفردة فقط (من 2 إلى 60 حرفًا).
error-invalid-date = يُرجى إدخال التاريخ بصيغة سنة-شهر-يوم، مثل ⁦2026-11-22⁩.
error-invalid-amount = يُرجى إدخال مبلغ مثل 1500 أو 1500,50.
error-invalid-currency = يُرجى إدخال رمز عملة من ثلاثة أحرف، مثل EUR.
error-invalid-country = يُرجى إدخال رمز بلد من حرفين، مثل IT أو MA أو TN.
error-invalid-ident = استخدم الأحرف اللاتينية الصغيرة والأرقام والشرطات فقط (48 على الأكثر)، مثل residence-permit.
error-countries-required = يُرجى إدخال بلد واحد على الأقل.
error-ends-before-start = يجب ألا يكون تاريخ النهاية قبل تاريخ البداية.
error-invalid-role = هذا الدور غير موجود أو لا يحق لك منحه.
error-invalid-organisation-kind = يُرجى اختيار نوع المنظمة.
error-invalid-organisation = يُرجى اختيار منظمة تتولى إدارتها.
error-role-not-for-organisation = هذا الدور لا يناسب هذا النوع من المنظمات.
error-invalid-language = هذه اللغة غير متوفرة.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-password-too-long = كلمة المرور طويلة جدًا.
error-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
error-current-password = كلمة المرور الحالية غير صحيحة.
error-email-taken = يوجد حساب مسجَّل بهذا البريد الإلكتروني مسبقًا.
error-slug-taken = هذا الاسم المختصر يستخدمه برنامج آخر.
error-territory-taken = لهذا البرنامج منطقة بهذا الاسم مسبقًا.
error-membership-exists = لهذا الشخص هذا الدور في هذه المنظمة مسبقًا.
error-cannot-disable-self = لا يمكنك تعطيل حسابك الخاص.
error-invalid-json = محتوى الطلب ليس JSON صالحًا لهذه العملية.
