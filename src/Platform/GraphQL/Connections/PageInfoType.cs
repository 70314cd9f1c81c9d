using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Connections;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(x => x.HasNextPage).Description("Whether more items follow this page.");
        Field(x => x.HasPreviousPage).Description("Whether items precede this page.");
        Field(x => x.StartCursor).Description("Cursor of the first edge; null on an empty page.");
        Field(x => x.EndCursor).Description("Cursor of the last edge; null on an empty page.");
    }
}
