# Messages of the JSON API's own contract and of the bounds every input meets (issue 10, defect 16).

## Requests the API cannot read
error-json-content-type = Send the body as JSON, with the header Content-Type: application/json.
error-json-field = A field is missing or has the wrong type; the error names it.
error-invalid-query = A query parameter has a value of the wrong type.
error-invalid-path = The address contains a value that cannot be read.
error-method-not-allowed = This address does not accept this method.
error-bad-request = The request cannot be read.

## Plausible values
error-date-range = Please enter a date between 1900 and 2100.
error-scheme-date-range = Please enter a date between 1 January 2000 and ten years from today.
error-birth-date-range = The candidate must be between 14 and 100 years old.
error-call-places = Please enter a number of places between 1 and 1000.
error-text-too-long = This text is too long.
error-age-rule-range = Please enter ages between 14 and 100.
error-too-many-items = This list is too long, or one of its entries is empty or too long.
