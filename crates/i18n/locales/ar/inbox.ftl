# الصفحة الرئيسية كقائمة مهام، ومسار المشارك، والبريد الإلكتروني اليومي.

inbox-heading = ما ينتظرك
inbox-empty = لا شيء ينتظرك اليوم. سيظهر العمل الجديد هنا وفي بريدك الإلكتروني اليومي.
inbox-figures = أرقامك
inbox-overdue = متأخر
inbox-due = قبل { $date }
task-overdue = متأخر
task-resolve-duplicates = { $count ->
    [one] تكرار محتمل واحد للمعالجة
    [two] تكراران محتملان للمعالجة
    [few] { $count } تكرارات محتملة للمعالجة
   *[other] { $count } تكرارًا محتملًا للمعالجة
}
task-record-interviews = { $count ->
    [one] مقابلة واحدة أُجريت، نتيجتها بانتظار التسجيل
    [two] مقابلتان أُجريتا، نتيجتاهما بانتظار التسجيل
    [few] { $count } مقابلات أُجريت، نتائجها بانتظار التسجيل
   *[other] { $count } مقابلة أُجريت، نتائجها بانتظار التسجيل
}
task-score-applications = { $count ->
    [one] طلب واحد للتقييم
    [two] طلبان للتقييم
    [few] { $count } طلبات للتقييم
   *[other] { $count } طلبًا للتقييم
}
task-approve-positions = { $count ->
    [one] وظيفة تدريب واحدة بانتظار الموافقة
    [two] وظيفتا تدريب بانتظار الموافقة
    [few] { $count } وظائف تدريب بانتظار الموافقة
   *[other] { $count } وظيفة تدريب بانتظار الموافقة
}
task-revise-position = أُعيدت إليك وظيفة تدريب لتعديلها: عدّلها وأرسلها من جديد
task-complete-checklist = قائمة التحقق تمنع الموافقة على وظيفة بانتظار الموافقة: أكملها
task-follow-up-company = { $count ->
    [one] متابعة واحدة مستحقة مع هذه الشركة
    [two] متابعتان مستحقتان مع هذه الشركة
    [few] { $count } متابعات مستحقة مع هذه الشركة
   *[other] { $count } متابعة مستحقة مع هذه الشركة
}
task-approve-matching-run = { $count ->
    [one] عملية مطابقة بانتظار الموافقة
   *[other] { $count } عمليات مطابقة: قارن بينها ووافق على إحداها
}
task-run-matching = { $count ->
    [one] أُغلق الإعلان وفيه مرشح واحد في القائمة المختصرة: شغّل المطابقة
   *[other] أُغلق الإعلان وفيه { $count } مرشحين في القائمة المختصرة: شغّل المطابقة
}
task-complete-application = لم يُرسَل طلبك بعد: أكمله قبل إغلاق الإعلان

figure-places = المقاعد في الإعلانات
figure-shortlisted = في القائمة المختصرة
figure-of = { $value } من { $of }
figure-hosting = الشركات المستضيفة
figure-open-positions = وظائف التدريب المفتوحة
figure-sent-this-week = الطلبات المرسلة هذا الأسبوع
figure-to-screen = للفحص
figure-eligible = مستوفية للشروط
figure-positions = وظائف التدريب لديك
figure-position-places = المقاعد المعروضة
figure-proposals = المرشحون المقترحون عليك
figure-to-score = طلبات للتقييم
figure-scored = طلبات قيّمتها
figure-open-calls = الإعلانات المفتوحة الآن

journey-heading = طلبك
journey-stages = أين وصلت
journey-current = الخطوة الحالية
stage-apply = التقديم
stage-draft = تعبئة الطلب
stage-sent = أُرسل
stage-decision = القرار
stage-placement = التدريب
journey-call = الإعلان: { $call }
journey-go = متابعة
journey-apply = لم تقدّم طلبًا بعد. اختر إعلانًا مفتوحًا أدناه وقدّم طلبك.
journey-no-open-calls = لا يوجد إعلان مفتوح حاليًا. عُد لاحقًا: تُنشر الإعلانات على الصفحة العامة.
journey-closes = يُغلق في { $date }
journey-draft-identity = طلبك مسودة. الخطوة التالية: هويتك وبيانات الاتصال.
journey-draft-education = طلبك مسودة. الخطوة التالية: دراستك واللغات.
journey-draft-preferences = طلبك مسودة. الخطوة التالية: القطاعات والمدن التي تفضّلها.
journey-draft-consent = أكملت كل شيء. الخطوة الأخيرة: اقرأ ووافق وأرسل طلبك.
journey-draft-closed = أُغلق الإعلان قبل إرسال طلبك، فلم يعد من الممكن إرساله.
journey-sent = أُرسل طلبك وهو قيد الدراسة. سنراسلك عند صدور القرار.
journey-sent-no-documents = طلبك قيد الدراسة. لم ترفع أي وثيقة بعد: أضف جواز سفرك وشهادتك.
journey-shortlisted = أنت في القائمة المختصرة. الخطوة التالية هي مطابقتك مع شركة مستضيفة: سنراسلك.
journey-waiting-list = أنت في قائمة الانتظار: إذا شغر مقعد فسيُعرض عليك.
journey-rejected = لم يُختر طلبك هذه المرة. تشرح صفحة الحالة السبب، ويمكنك التقديم في إعلان قادم.
journey-ineligible = طلبك لا يستوفي شروط الإعلان. تبيّن صفحة الحالة أيّها.
journey-placement-proposed = شركة مستضيفة تدرس ملفك. سنراسلك بشأن الخطوة التالية.
journey-placement-interview = شركة مستضيفة تريد إجراء مقابلة معك. تابع بريدك الإلكتروني لمعرفة الموعد.
journey-placement-accepted = قبلتك شركة مستضيفة للتدريب. تهانينا!
journey-placement-declined = اعتذرت الشركة التي اقتُرحت عليك. يبحث المنسّق عن مطابقة أخرى.

digest-subject = { $tasks ->
    [0] { $news ->
        [one] Mentor: طلب جديد واحد في عمليات بحثك
       *[other] Mentor: { $news } طلبات جديدة في عمليات بحثك
    }
    [one] Mentor: مهمة واحدة تنتظرك اليوم
   *[other] Mentor: { $tasks } مهام تنتظرك اليوم
}
digest-tasks = { $count ->
    [one] مهمة واحدة تنتظرك:
   *[other] { $count } مهام تنتظرك:
}
digest-home = كل ما ينتظرك: { $link }
digest-stop = لإيقاف هذا البريد اليومي، غيّر إعدادات حسابك: { $link }

account-digest-heading = البريد الإلكتروني اليومي
account-digest-hint = مرة واحدة في اليوم على الأكثر: ما ينتظرك وما استجد في عمليات البحث التي تتابعها. إن لم يكن هناك شيء فلا بريد.
account-digest-wanted = أرسل إليّ البريد اليومي
account-digest-save = حفظ
flash-digest-on = ستتلقى البريد الإلكتروني اليومي.
flash-digest-off = لن تتلقى البريد الإلكتروني اليومي بعد الآن.
flash-position-submit = أُرسلت وظيفة التدريب للموافقة عليها.
flash-position-return = أُعيدت وظيفة التدريب إلى الشركة لتعديلها.
flash-position-approve = تمت الموافقة على وظيفة التدريب.
flash-position-open = وظيفة التدريب مفتوحة الآن للمرشحين.
flash-position-fill = سُجّلت وظيفة التدريب على أنها مشغولة.
flash-position-withdraw = سُحبت وظيفة التدريب.
