using GraphQL;
using GraphQL.Execution;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// Shapes top-level errors: always an <c>extensions.code</c>; never a stack trace or an internal
/// message. Unexpected exceptions become INTERNAL_SERVER_ERROR with a reference the logs carry.
/// </summary>
public sealed class KooErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        switch (executionError.InnerException)
        {
            case DomainException domain:
                // A domain error a mutation did not declare in its payload union still reaches the client typed.
                var first = domain.Errors[0];
                return new ErrorInfo { Message = domain.Message, Extensions = new Dictionary<string, object?> { ["code"] = first.Code } };
            case OperationCanceledException when executionError is not TimeoutError:
                return new ErrorInfo { Message = "The request was cancelled.", Extensions = new Dictionary<string, object?> { ["code"] = "CANCELLED" } };
        }

        if (executionError is UnhandledError)
        {
            return new ErrorInfo
            {
                // The message was replaced by UnhandledExceptionLogger with one carrying a log reference.
                Message = executionError.Message,
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal },
            };
        }

        var info = base.GetInfo(executionError);
        // A variable a scalar refused: the generic "Unable to convert" gains the scalar's own explanation.
        if (executionError is global::GraphQL.Validation.ValidationError && ClientInputOf(executionError) is { } input && !info.Message.Contains(input.Message, StringComparison.Ordinal))
            info = info with { Message = $"{info.Message} {input.Message}" };
        if (info.Extensions?.ContainsKey("code") != true)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["code"] = executionError switch
            {
                global::GraphQL.Validation.ValidationError => "GRAPHQL_VALIDATION_FAILED",
                _ => ErrorCodes.InvalidRequest,
            };
        }
        return info;
    }

    private static ClientInputException? ClientInputOf(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is ClientInputException input)
                return input;
        }
        return null;
    }
}
