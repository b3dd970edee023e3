# تصنيف ESCO: أدوات الاختيار والروابط.
taxonomy-occupation-hint = ابدأ الكتابة واختر مهنة من تصنيف ESCO لربط العرض بها وملء رمز ISCO الخاص بها؛ ويُحفظ أي نص آخر كما كُتب.
taxonomy-esco-entry = بطاقة ESCO
taxonomy-skills-hint = افصل بين المهارات بفواصل؛ تُقترح مهارات ESCO أثناء الكتابة.
