using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Errors;

public sealed class ValidationErrorType : ErrorObjectType<ValidationError>
{
    public ValidationErrorType() : base("An input field broke a rule; nothing was written.")
    {
        Field<NonNullGraphType<StringGraphType>>("field").Description("Path of the offending input field, e.g. `slug` or `pages[1].title`.").Resolve(c => c.Source.Field);
    }
}
