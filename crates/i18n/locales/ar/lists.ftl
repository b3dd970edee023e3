# القوائم: المرشِّحات، عمليات البحث المحفوظة وملخصاتها، تصدير الترشحات واستيرادها،
# مهن ومهارات ESCO في الترشح.

lists-field-skill = مهارة ESCO
lists-field-territory = منطقة الإقامة
lists-field-language = اللغة
lists-field-level = المستوى الأدنى
lists-export = تصدير هذه القائمة
lists-field-search-name = اسم البحث
lists-field-watch = متابعة (بريد إلكتروني يومي بالنتائج الجديدة)
lists-action-save-search = حفظ هذا البحث
lists-saved-title = عمليات البحث المحفوظة
lists-saved-intro = عمليات البحث التي حفظتها في قائمة الترشحات. افتح أحدها لترى ما يطابقه اليوم، أو تابعه لتتلقى بريدًا إلكترونيًا يوميًا عندما تطابقه ترشحات جديدة.
lists-saved-none = لم تحفظ أي بحث بعد. صفِّ قائمة الترشحات واحفظ البحث من هناك.
lists-actions = إجراءات
lists-watched = متابَع
lists-watched-since = نتائج جديدة منذ { $date }
lists-not-watched = غير متابَع
lists-action-watch = متابعة
lists-action-unwatch = إيقاف المتابعة
lists-action-delete = حذف
lists-error-search-name = أعطِ البحث اسمًا (100 حرف على الأكثر).
lists-error-too-many-searches = لديك بالفعل 50 بحثًا محفوظًا: احذف واحدًا أولًا.
lists-error-bad-query = تعذّرت قراءة هذا البحث.

lists-digest-intro = { $count ->
    [one] منذ آخر بريد، يطابق ترشح واحد بحثك المحفوظ «{ $name }»:
    [two] منذ آخر بريد، يطابق ترشحان بحثك المحفوظ «{ $name }»:
    [few] منذ آخر بريد، تطابق { $count } ترشحات بحثك المحفوظ «{ $name }»:
   *[other] منذ آخر بريد، يطابق { $count } ترشحًا بحثك المحفوظ «{ $name }»:
}
lists-digest-more = { $count ->
    [one] … وترشح آخر.
    [two] … وترشحان آخران.
    [few] … و{ $count } ترشحات أخرى.
   *[other] … و{ $count } ترشحًا آخر.
}
lists-digest-open = اطّلع عليها كلها: { $link }

lists-esco-title = مهن ومهارات ESCO
lists-esco-none = لم تُسجَّل أي مهنة أو مهارة من ESCO.
lists-esco-edit = تعديل المهن والمهارات
lists-field-occupations = مهن ESCO
lists-field-skills = مهارات ESCO
lists-hint-esco = ابدأ الكتابة واختر من اقتراحات ESCO، وافصل بين العناصر بفواصل.
lists-error-esco-occupation = اختر كل مهنة من اقتراحات ESCO.
lists-error-esco-skill = اختر كل مهارة من اقتراحات ESCO.

lists-import-title = استيراد الترشحات
lists-import-intro = حمّل ملف CSV أو XLSX يحتوي على ترشح واحد في كل سطر وسطر للعناوين. بعد ذلك تطابق أعمدته مع حقولنا، وتختار الإعلان، وتتحقق من كل سطر قبل استيراد أي شيء.
lists-import-call-hint = تُسجَّل الترشحات في هذا الإعلان بصفتها مُرسَلة، ويُتحقَّق من أهليتها.
lists-error-import-call = اختر إعلانًا يحق لك إدخال ترشحات فيه.
lists-error-import-country = بلد الإقامة ({ $country }) خارج منطقتك.
lists-error-import-occupation = «{ $label }» ليست مهنة في ESCO.
lists-error-import-skill = «{ $label }» ليست مهارة في ESCO.
lists-imported = { $count ->
    [one] استُورد ترشح واحد.
    [two] استُورد ترشحان.
    [few] استُوردت { $count } ترشحات.
   *[other] استُورد { $count } ترشحًا.
}
lists-event-imported = مستورد من جدول بيانات
lists-field-reference = المرجع
lists-field-eligible = يستوفي الشروط
lists-yes = نعم
lists-no = لا
