namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// What a selection set costs with every fragment expanded: sums for counts, maxima for what is
/// measured along one path. Sums saturate, so a fragment spread twice at every level of a long
/// chain (2^n selections) is still one addition per spread.
/// </summary>
public readonly record struct DocumentShape(
    long Fields, long Aliases, long SchemaIntrospections, int Depth, int SpreadDepth, int OfTypeDepth, int IntrospectionCycles)
{
    private const long Saturation = long.MaxValue / 4;

    public DocumentShape Plus(DocumentShape other) => new(
        Add(Fields, other.Fields),
        Add(Aliases, other.Aliases),
        Add(SchemaIntrospections, other.SchemaIntrospections),
        Math.Max(Depth, other.Depth),
        Math.Max(SpreadDepth, other.SpreadDepth),
        Math.Max(OfTypeDepth, other.OfTypeDepth),
        Math.Max(IntrospectionCycles, other.IntrospectionCycles));

    public static long Add(long a, long b) => Math.Min(a + b, Saturation);
}
