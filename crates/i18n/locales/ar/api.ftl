# رسائل عقد واجهة JSON البرمجية والحدود التي يلتزم بها كل إدخال (المسألة 10، العيب 16).

## طلبات لا تستطيع الواجهة قراءتها
error-json-content-type = أرسل المحتوى بصيغة JSON مع الترويسة Content-Type: application/json.
error-json-field = أحد الحقول ناقص أو من نوع غير صحيح؛ يذكر الخطأ اسمه.
error-invalid-query = أحد معاملات الطلب يحمل قيمة من نوع غير صحيح.
error-invalid-path = يحتوي العنوان على قيمة تتعذّر قراءتها.
error-method-not-allowed = هذا العنوان لا يقبل هذه الطريقة.
error-bad-request = تتعذّر قراءة الطلب.

## قيم معقولة
error-date-range = يُرجى إدخال تاريخ بين 1900 و2100.
error-scheme-date-range = يُرجى إدخال تاريخ بين 1 يناير 2000 وعشر سنوات من اليوم.
error-birth-date-range = يجب أن يتراوح عمر المترشّح بين 14 و100 سنة.
error-call-places = يُرجى إدخال عدد من الأماكن بين 1 و1000.
error-text-too-long = هذا النص طويل جدًا.
error-age-rule-range = يُرجى إدخال أعمار بين 14 و100 سنة.
error-too-many-items = هذه القائمة طويلة جدًا، أو أحد عناصرها فارغ أو طويل جدًا.
