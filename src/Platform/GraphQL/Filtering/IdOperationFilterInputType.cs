using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Filtering;

public sealed class IdOperationFilterInputType : OperationFilterInputType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a global ID. An ID of the wrong type, or not visible to the caller, matches nothing.";
        Equality("ID", "ID");
    }
}
