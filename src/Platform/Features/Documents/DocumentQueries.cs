using GraphQL;
using GraphQL.Types;
using KooMessage.Platform.Features.Filings;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KooMessage.Platform.Features.Documents;

public sealed class DocumentQueries : IQueryFields
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentEntryType>>>>("documentTemplates")
            .Description("The documents to download (下载《…》) for one product area, or for all: the letters and forms the platform "
                + "uploaded (an area's template not uploaded yet is not listed) and the number-file samples it generates, in the order the console shows them.")
            .Argument<EnumType<ProductArea>>("area", "Only this area's documents; all areas when omitted.")
            .RequireAuthenticated()
            .ResolveAsync(async ctx =>
            {
                var area = ctx.GetArgument<ProductArea?>("area");
                var areas = area is { } one ? [one] : Enum.GetValues<ProductArea>();
                var uploaded = await ctx.Db().Set<DocumentTemplate>().AsNoTracking()
                    .Where(d => area == null || d.Area == area).ToListAsync(ctx.CancellationToken);
                return areas.SelectMany(a => DocumentRules.For(a).Select(kind => DocumentRules.IsGenerated(kind)
                        ? DocumentEntry.GeneratedFor(a, kind)
                        : uploaded.FirstOrDefault(d => d.Area == a && d.Kind == kind) is { } template ? DocumentEntry.Uploaded(template) : null))
                    .OfType<DocumentEntry>().ToList();
            });
    }
}
