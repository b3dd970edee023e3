# Spreadsheet import and export.

import-companies-title = Import companies
import-positions-title = Import positions
import-intro = Upload a spreadsheet (CSV or Excel). Next you will match its columns to Mentor's fields and check every row before anything is imported.
field-file = Spreadsheet file
hint-import-file = CSV (comma or semicolon) or XLSX, first row with the column names, up to 10,000 rows.
action-upload = Upload and continue
import-rows = { $count ->
    [one] One row
   *[other] { $count } rows
}
import-all-valid = { $count ->
    [one] The row is valid: it can be imported.
   *[other] All { $count } rows are valid: they can be imported.
}
import-invalid-rows = { $count ->
    [one] One row is not valid. Correct it in the file and upload it again, or change the column matching: nothing has been imported.
   *[other] { $count } rows are not valid. Correct them in the file and upload it again, or change the column matching: nothing has been imported.
}
import-nothing-changes = "Check" changes nothing. "Import" imports every row only if all of them are valid.
field-row = Row
field-field = Field
field-column = Column in the file
action-dry-run = Check
action-import = Import
action-import-file = Import from a spreadsheet
export-csv = Export (CSV)
export-xlsx = Export (Excel)
notice-imported = { $count ->
    [one] One record imported.
   *[other] { $count } records imported.
}
error-import-empty = The file is empty or has no column names in its first row.
error-import-too-many-rows = The file has more than 10,000 rows: split it into smaller files.
error-import-too-many-columns = The file has more than 200 columns: keep only the columns to import.
error-import-format = This file is neither a CSV file in UTF-8 nor an Excel (XLSX) file.
error-import-no-file = Choose a file to upload.
error-import-unknown-territory = Unknown territory: { $name }.
error-import-unknown-region = Unknown region: { $name }.
error-import-unknown-company = No company you can reach has this name or VAT number: { $name }.
error-import-unmapped = Choose a column for: { $fields }.
error-export-format = The export format must be CSV or XLSX.
error-import-done = This file has already been imported.
