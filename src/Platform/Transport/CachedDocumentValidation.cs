using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace KooMessage.Platform.Transport;

/// <summary>
/// For a document from the <see cref="DocumentCache"/>, validation runs only the rules registered for
/// cached documents (those that depend on the caller or the variables). Ordered after the configuration
/// steps that add the rules.
/// </summary>
public sealed class CachedDocumentValidation : IConfigureExecution
{
    /// <summary>The user-context key the executor sets when the document came from the cache.</summary>
    public const string UserContextKey = "koomessage.cachedDocument";

    public float SortOrder => 200;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.UserContext.ContainsKey(UserContextKey))
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        return next(options);
    }
}
