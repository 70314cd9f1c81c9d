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
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string LiteralTooLong = "LITERAL_TOO_LONG";
    public const string MaxDefinitionsExceeded = "MAX_DEFINITIONS_EXCEEDED";
    public const string MaxVariablesExceeded = "MAX_VARIABLES_EXCEEDED";
    public const string MaxSelectionsExceeded = "MAX_SELECTIONS_EXCEEDED";
    public const string MaxDirectivesExceeded = "MAX_DIRECTIVES_EXCEEDED";
    public const string MaxFragmentDepthExceeded = "MAX_FRAGMENT_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string IntrospectionLimitExceeded = "INTROSPECTION_LIMIT_EXCEEDED";
    public const string FragmentCycle = "NO_FRAGMENT_CYCLES";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string PagingLimitExceeded = "PAGING_LIMIT_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string UploadBudgetExceeded = "UPLOAD_BUDGET_EXCEEDED";
    public const string Internal = "INTERNAL_SERVER_ERROR";
}
