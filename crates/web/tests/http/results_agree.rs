//! One calculation path (issue 16): the API's report, the indicators' CSV, the donor
//! report's PDF and the IATI file carry the same value for every indicator, because all of
//! them read `app::results::report`.

use axum::http::StatusCode;

use crate::cases::setup;
use crate::results::{indicator, logframe, report};
use crate::support::{COORDINATOR, on_each_backend};

/// The `value` of the first `<actual>` written after the indicator titled `title` and
/// before its end, if any.
fn iati_actual(xml: &str, title: &str) -> Option<String> {
    let at = xml.find(&format!(">{title}</narrative>"))?;
    let rest = &xml[at..];
    let rest = &rest[..rest.find("</indicator>")?];
    let a = rest.find("<actual value=\"")? + "<actual value=\"".len();
    Some(rest[a..a + rest[a..].find('"')?].to_owned())
}

#[tokio::test]
async fn the_page_csv_pdf_and_iati_file_read_the_same_values() {
    on_each_backend(|app| async move {
        let _ = setup(&app).await;
        let _ = logframe(&app).await;
        let p1 = app.seed.p1.clone();
        let r = report(&app, None).await;
        let mut c = app.signed_in(COORDINATOR).await;

        let res = c.get(&format!("/results/{p1}/indicators.csv")).await;
        assert_eq!(res.status, StatusCode::OK);
        let csv = app::tabular::read(&res.bytes).unwrap();
        let col = |name: &str| csv.header.iter().position(|h| h == name).unwrap();
        let (code_col, current_col) = (col("code"), col("current"));

        let res = c.get(&format!("/results/{p1}/report.pdf")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.bytes.starts_with(b"%PDF-"));
        let pdf = pdf_extract::extract_text_from_mem(&res.bytes).unwrap();

        let form = [
            ("org_ref", "IT-CF-01199250158"),
            ("org_name", "Comune di Milano"),
            ("org_type", "11"),
            ("activity_id", "IT-CF-01199250158-MENTOR-II"),
        ];
        let res = c.post(&format!("/results/{p1}/iati"), &form).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let res = c.get(&format!("/results/{p1}/iati.xml")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let xml = res.body.clone();

        let mut compared = 0;
        for row in &csv.rows {
            let code = &row[code_col];
            let i = indicator(&r, code);
            let Some(raw) = i["current"]["total"]["raw"].as_i64() else {
                continue;
            };
            compared += 1;
            assert_eq!(row[current_col], raw.to_string(), "CSV {code}");
            assert!(pdf.contains(code.as_str()), "PDF lacks {code}: {pdf}");
            // The fixture's values are small counts: the same digits in every locale.
            assert!(pdf.contains(&raw.to_string()), "PDF lacks {raw} of {code}");
            if !i["target"].is_null() {
                let title = format!("{code} {}", i["title"].as_str().unwrap());
                assert_eq!(
                    iati_actual(&xml, &title),
                    Some(raw.to_string()),
                    "IATI {code}"
                );
            }
        }
        assert!(compared >= 2, "too few computed indicators compared");
    })
    .await;
}
