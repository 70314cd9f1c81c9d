using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

/// <summary>Base of the payload error types: implements <c>Error</c> and recognises its record.</summary>
public abstract class ErrorObjectType<TError> : ObjectGraphType<TError>
    where TError : DomainError
{
    protected ErrorObjectType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = value => value is TError;
        Field<NonNullGraphType<StringGraphType>>("message").Description("Human-readable explanation.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable machine-readable code.").Resolve(c => c.Source.Code);
    }
}
