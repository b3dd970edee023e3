# وثائق المترشحين وأداة دمج الترشحات المكررة.

nav-duplicates = الترشحات المكررة
status-merged = مدمج في ترشح آخر

## الوثائق
documents-title = الوثائق
documents-none = لا توجد وثائق بعد.
documents-hidden = { $count ->
    [zero] لا توجد وثائق هوية مخفية عنك.
    [one] وثيقة هوية واحدة غير معروضة لك.
    [two] وثيقتا هوية غير معروضتين لك.
    [few] { $count } وثائق هوية غير معروضة لك.
   *[other] { $count } وثيقة هوية غير معروضة لك.
}
documents-mine-title = وثائقي
documents-mine-intro = أضف هنا جواز سفرك وشهادتك وسيرتك الذاتية وشهاداتك الأخرى، ملفًا واحدًا في كل مرة. لا يمكن فتحها إلا لك ولموظفي البرنامج الذين يتابعون ترشحك.
documents-add-title = إضافة وثيقة
documents-before-submit = يمكنك إضافة وثائقك (جواز السفر، الشهادة، السيرة الذاتية) الآن أو بعد الإرسال.
document-kind-passport = جواز السفر
document-kind-diploma = الشهادة الدراسية
document-kind-cv = السيرة الذاتية
document-kind-language-certificate = شهادة لغة
document-kind-residence-certificate = شهادة الإقامة
document-kind-other = وثيقة أخرى
document-size-kb = { $kb } ك.ب
document-expired = منتهية الصلاحية
field-document-kind = نوع الوثيقة
field-document-file = الملف
field-issued-on = تاريخ الإصدار
field-expires-on = تاريخ انتهاء الصلاحية
field-uploaded-on = تاريخ الإضافة
hint-document-file = ملف PDF أو JPEG أو PNG، حتى { $mb } ميغابايت. تكفي صورة واضحة ملتقطة بالهاتف.
action-upload-document = إضافة الوثيقة
action-delete-document = حذف
action-my-documents = وثائقي
action-back-to-application = العودة إلى ترشحي
error-document-kind = اختر نوع الوثيقة.
error-document-no-file = اختر ملفًا لإرساله.
error-document-too-large = الملف كبير جدًا: الحد الأقصى 10 ميغابايت. أرسل نسخة ممسوحة أو صورة أصغر حجمًا.
error-document-type = هذا الملف ليس PDF ولا JPEG ولا PNG. أرسل الوثيقة بإحدى هذه الصيغ.
error-document-expiry-before-issue = يجب أن يكون تاريخ انتهاء الصلاحية بعد تاريخ الإصدار.
error-candidate-merged = تم دمج هذا الترشح في ترشح آخر ولم يعد من الممكن تعديله.
event-document-added = أضيفت وثيقة
event-document-deleted = حُذفت وثيقة
event-merged-from = دُمج في هذا الترشح ترشح آخر للشخص نفسه
event-merged-into = دُمج في ترشح آخر للشخص نفسه
event-duplicate-dismissed = تقرر أنه ليس الشخص نفسه صاحب ترشح آخر

## الترشحات المكررة
duplicates-title = ترشحات قد تكون مكررة
duplicates-intro = أزواج من الترشحات قد تعود إلى الشخص نفسه. التنبيه لا يوقف أي ترشح أبدًا: قارن بينهما، ثم ادمجهما أو أشر إلى أنهما شخصان مختلفان.
duplicates-none = لا توجد تنبيهات تكرار مفتوحة.
duplicate-warning = قد يكون هذا الترشح مكررًا لترشح آخر ({ $reasons }).
duplicate-reason-passport = جواز السفر نفسه
duplicate-reason-email = البريد الإلكتروني نفسه
duplicate-reason-phone = رقم الهاتف أو الواتساب نفسه
duplicate-reason-name-birth-date = الاسم وتاريخ الميلاد نفساهما
duplicate-record-a = الترشح الأول
duplicate-record-b = الترشح الثاني
duplicate-reasons = السبب
duplicate-flagged-on = تاريخ التنبيه
duplicate-compare-title = مقارنة ترشحين
duplicate-field = الحقل
duplicate-keep-record = الترشح الذي يُحتفظ به
duplicate-keep-this = الاحتفاظ بهذا
duplicate-passport-on-file = مسجل
duplicate-merge-hint = حيث تختلف القيم، تبقى قيمة الترشح المحتفظ به ما لم تختر القيمة الأخرى. تنتقل وثائق الترشح الآخر وسجله الزمني إلى الترشح المحتفظ به؛ ويبقى الآخر في السجلات بصفته مدمجًا ويختفي من القوائم.
duplicate-status-open = مفتوح
duplicate-status-dismissed = شخصان مختلفان
duplicate-status-merged = مدمجان
action-compare-duplicates = مقارنة
action-merge = دمج الترشحين
action-not-same-person = ليس الشخص نفسه
action-back-to-duplicates = العودة إلى الترشحات التي قد تكون مكررة
error-duplicate-decided = سبق البت في هذا الزوج.
error-duplicate-keep = اختر الترشح الذي تريد الاحتفاظ به.
error-duplicate-placed = الملف الذي سيُدمج لديه إلحاق: احتفظ بهذا الملف بدلاً من ذلك.
error-documents-quota = يحتوي هذا الترشح بالفعل على الحد الأقصى من الوثائق (20، بمجموع 60 ميغابايت): احذف وثيقة قبل إضافة أخرى.
