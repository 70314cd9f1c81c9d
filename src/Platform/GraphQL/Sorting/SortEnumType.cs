using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Sorting;

/// <summary><c>enum SortEnumType { ASC DESC }</c> (HotChocolate's name).</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
    }
}
