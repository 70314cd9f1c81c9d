using GraphQL;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>
/// A preview query has no payload to carry errors: invalid input becomes a top-level error whose code is
/// the domain error's (VALIDATION, NOT_FOUND, PRECONDITION_FAILED …) and whose message names the field.
/// </summary>
public static class PreviewFailure
{
    public static ExecutionError From(DomainException ex)
    {
        var first = ex.Errors[0];
        var field = first is ValidationError v ? $" ({v.Field})" : first is NotFoundError n ? $" ({n.Field})" : string.Empty;
        return new ExecutionError(string.Join(" ", ex.Errors.Select(e => e.Message)) + field) { Code = first.Code };
    }
}
