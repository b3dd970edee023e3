# مطابقة المترشحين مع عروض التربص؛ عمليات الإلحاق.

nav-placements = عمليات الإلحاق
matching-title = المطابقة: { $call }
matching-summary = المترشحون في القائمة القصيرة: { $candidates } (تم إلحاق { $placed } منهم بالفعل)؛ الأماكن في عروض التربص المفتوحة: { $places }.
matching-method = الطريقة
method-optimal = أفضل توزيع إجمالي
method-stable = مطابقة مستقرة (لا يوجد مترشح وعرض تربص يفضّل كلٌّ منهما الآخر على ما أُسند إليه)
matching-spread = التوزيع على الشركات المستضيفة: تحصل كل شركة على متربص واحد قبل أن تحصل أي شركة على متربص ثانٍ
matching-spread-hint = جولتان: أولاً أفضل إسناد بمكان واحد لكل شركة (أكثر حيث قمت بتثبيت أكثر)، ثم تُملأ الأماكن المتبقية مع الإبقاء على تلك الأزواج. ينطبق على الطريقة المثلى.
matching-weights = أوزان مكوّنات النقاط
matching-quotas = الحصص (اتركها فارغة إن لم تكن هناك حصص)
matching-quota-country = الحد الأقصى لعمليات الإلحاق للمترشحين من { $country }
matching-quota-city = الحد الأقصى لعمليات الإلحاق في { $city }
matching-quota-country-min = الحد الأدنى لعمليات الإلحاق للمترشحين من { $country }
matching-quota-city-min = الحد الأدنى لعمليات الإلحاق في { $city }
matching-quotas-hint = يُطبَّق دائمًا الحد الأقصى الخاص بالشركات: لا تستضيف أي شركة أكثر مما يسمح به إقليمها. لا تأخذ المطابقة المستقرة الحصص في الاعتبار.
action-run-matching = تشغيل المطابقة
matching-runs = جولات المطابقة
matching-pairs = الثنائيات
matching-total = مجموع النقاط
matching-approved = معتمَدة: اقتُرحت الثنائيات على الشركات.
action-compare = مقارنة جولتين
matching-back = العودة إلى إعدادات المطابقة
matching-run-title = جولة المطابقة
matching-run-summary = عدد الثنائيات: { $pairs }؛ مجموع النقاط: { $total }.
action-approve-run = الاعتماد والاقتراح على الشركات
matching-approve-hint = تصبح كل ثنائية عملية إلحاق تُجري الشركة بشأنها مقابلة مع المترشح ثم تقبلها أو ترفضها.
matching-candidate = المترشح
field-position = عرض التربص
matching-score = النقاط
matching-rank = الترتيب بين خيارات المترشح
matching-rank-of = الخيار { $rank } من { $count }
matching-locked = مثبَّتة
action-explain = لماذا؟
matching-alternatives = الخيارات الأخرى للمترشح، من الأفضل إلى الأدنى:
action-lock = تثبيت هذه الثنائية
action-unlock = إلغاء التثبيت
action-forbid = منع هذه الثنائية
matching-unassigned = مترشحون بلا عرض تربص
matching-options = { $count ->
    [0] لا يوجد أي عرض تربص ملائم
    [zero] لا يوجد أي عرض تربص ملائم
    [one] عرض تربص واحد ملائم
    [two] عرضا تربص ملائمان
    [few] { $count } عروض تربص ملائمة
    [many] { $count } عرض تربص ملائمًا
   *[other] { $count } عرض تربص ملائم
}
matching-unfilled = الأماكن التي لا تزال شاغرة
matching-compare-title = المقارنة بين جولتين
matching-delta = مجموع نقاط B مطروحًا منه مجموع نقاط A: { $delta }.
matching-same = { $count ->
    [zero] لا توجد أي ثنائية مشتركة بين الجولتين.
    [one] توجد ثنائية واحدة في كلتا الجولتين.
    [two] توجد ثنائيتان في كلتا الجولتين.
    [few] توجد { $count } ثنائيات في كلتا الجولتين.
    [many] توجد { $count } ثنائيةً في كلتا الجولتين.
   *[other] توجد { $count } ثنائية في كلتا الجولتين.
}
matching-only-a = في A فقط
matching-only-b = في B فقط
component-occupation = المهنة
component-skills = المهارات
component-language = اللغة الإيطالية
component-education = المستوى الدراسي
component-city = تفضيل المدينة
component-sector = تفضيل القطاع
component-availability = مدى التوفر
error-matching-failed = تعذّر حساب المطابقة: { $reason }
error-matching-infeasible = لا يوجد أي توزيع يستوفي هذه القيود.
error-matching-limit = يصعب مع هذه الحصص إثبات أفضل إسناد في وقت معقول: خفّف حدًّا أدنى أو حصة متقاطعة ثم أعد التشغيل.
error-matching-constraint = خيار غير معروف لهذه الثنائية.

placements-title = عمليات الإلحاق
placements-proposed = { $count ->
    [0] لا يوجد أي اقتراح جديد: لكل مترشح في هذه الجولة عملية إلحاق بالفعل.
    [zero] لا يوجد أي اقتراح جديد: لكل مترشح في هذه الجولة عملية إلحاق بالفعل.
    [one] اقتُرحت عملية إلحاق واحدة على الشركة المعنية.
    [two] اقتُرحت عمليتا إلحاق على الشركات المعنية.
    [few] اقتُرحت { $count } عمليات إلحاق على الشركات المعنية.
    [many] اقتُرحت { $count } عمليةَ إلحاق على الشركات المعنية.
   *[other] اقتُرحت { $count } عملية إلحاق على الشركات المعنية.
}
placements-count = { $count ->
    [zero] لا توجد عمليات إلحاق
    [one] عملية إلحاق واحدة
    [two] عمليتا إلحاق
    [few] { $count } عمليات إلحاق
    [many] { $count } عمليةَ إلحاق
   *[other] { $count } عملية إلحاق
}
placements-italian = الإيطالية
placements-experience = الخبرة
placement-status-proposed = مقترَحة
placement-status-interview = تمت برمجة مقابلة
placement-status-accepted = قبلتها الشركة
placement-status-declined = رفضتها الشركة
placement-action-interview = برمجة مقابلة
placement-action-accepted = قبول
placement-action-declined = رفض
error-placement-status = حالة غير معروفة.
nav-matching = المطابقة
ranking-company-title = رتّب المترشحين لهذا المنصب
ranking-company-intro = اختياري. هؤلاء المترشحون المقبولون مبدئيًا يستوفون شروط المنصب، ويُعرضون دون أسماء كما تراهم المطابقة. رقّم تفضيلاتك بدءًا من 1، واترك فارغًا من لا ترتّبه. عندما تُجري جهة التنسيق مطابقة مستقرة، يُعتمد ترتيبك.
ranking-candidate-title = رتّب مناصب التربص
ranking-candidate-intro = اختياري. رقّم المناصب التي تفضّلها بدءًا من 1، واترك البقية فارغة. عندما تُجري جهة التنسيق مطابقة مستقرة، يُعتمد ترتيبك.
ranking-rank = ترتيبك
ranking-option = الخيار
action-rank = رتّب المترشحين
action-rank-positions = رتّب المناصب
error-ranking-number = الترتيب عدد صحيح يبدأ من 1.
error-ranking-repeated = لا يمكن استعمال كل رقم إلا مرة واحدة.
