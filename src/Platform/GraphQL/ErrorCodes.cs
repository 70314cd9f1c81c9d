namespace KooMessage.Platform.GraphQL;

/// <summary>
/// <c>extensions.code</c> values of top-level errors (malformed requests, auth, limits, bugs).
/// Expected domain failures are payload errors instead, see GraphQL/Errors.
/// </summary>
public static class ErrorCodes
{
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string InvalidApiKey = "AUTH_INVALID_CREDENTIALS";
    public const string TenantSuspended = "TENANT_SUSPENDED";
    public const string TenantMismatch = "TENANT_MISMATCH";
    public const string TenantNotFound = "TENANT_NOT_FOUND";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string PagingLimitExceeded = "PAGING_LIMIT_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
