# المحتوى بلغة القارئ (issue 12): نسخ الدعوات والمعايير والوظائف.

content-fallback = غير متوفر بعد بـ{ $wanted } — معروض بـ{ $shown }
content-missing-count = { $missing } لغات ناقصة من { $total }
content-translations = الترجمات
content-translations-title = الترجمات جنبًا إلى جنب
content-back = رجوع
content-none-missing = لكل لغة نسختها.
content-original-language = لغة النص الأصلي
content-original = الأصل
content-original-empty = فارغ: لا شيء للترجمة.
content-missing = ناقصة
content-criterion = المعيار: { $name }
content-description-hint = ما سيقوم به المتدرب، في بضعة أسطر. يقرؤه المترشحون، ويمكن أن تكون له نسخ بلغات أخرى.
field-position-description = الوصف الموجّه للمترشحين
calls-how-assessed = كيف تُقيَّم الترشحات
error-version-too-long = إحدى النسخ أطول مما يسمح به حقلها: اختصر النص المُشار إليه.
flash-translations-saved = تم حفظ الترجمات.
