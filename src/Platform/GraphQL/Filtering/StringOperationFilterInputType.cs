using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field (case-sensitive).";
        Equality("String", "text");
        Field(FilterOperations.Contains, Ref("String")).Description("Contains the given text.");
        Field(FilterOperations.NotContains, Ref("String")).Description("Does not contain the given text.");
        Field(FilterOperations.StartsWith, Ref("String")).Description("Starts with the given text.");
        Field(FilterOperations.NotStartsWith, Ref("String")).Description("Does not start with the given text.");
        Field(FilterOperations.EndsWith, Ref("String")).Description("Ends with the given text.");
        Field(FilterOperations.NotEndsWith, Ref("String")).Description("Does not end with the given text.");
    }
}
