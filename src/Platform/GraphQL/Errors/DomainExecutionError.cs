using GraphQL;
using KooMessage.Platform.Domain;

namespace KooMessage.Platform.GraphQL.Errors;

/// <summary>
/// A domain failure of a query field (queries have no payload errors): one top-level error with the first
/// error's code, every message, and the field the first one names.
/// </summary>
public static class DomainExecutionError
{
    public static ExecutionError From(DomainException ex)
    {
        var first = ex.Errors[0];
        var field = first is ValidationError v ? $" ({v.Field})" : first is NotFoundError n ? $" ({n.Field})" : string.Empty;
        return new ExecutionError(string.Join(" ", ex.Errors.Select(e => e.Message)) + field) { Code = first.Code };
    }
}
