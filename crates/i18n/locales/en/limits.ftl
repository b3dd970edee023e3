# Limits on requests (issue 10, defects 17, 18, 20): sizes, times, repeated API requests.
error-uri-too-long = The address is too long. Shorten the search or its filters and try again.
error-headers-too-large = The request carries too much header data (often too many cookies). Clear this site's cookies and try again.
error-body-timeout = The data sent arrived too slowly and was not accepted. Nothing was saved; check your connection and try again.
error-request-timeout = The server took too long to answer. The change may or may not have been saved: check before trying again.
error-idempotency-key-invalid = The Idempotency-Key header must be 1 to 255 visible characters.
error-idempotency-key-reused = This Idempotency-Key was already used for a different request. Use a new key for a new request.
error-idempotency-in-progress = A request with this Idempotency-Key is still being processed. Try again in a moment.
