using GraphQL.Builders;
using GraphQL.Types;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// Marks a subscription field whose events may be resolved once for every subscriber who sent the
/// same operation and sees the same data (<see cref="SharedEventStreams"/>). Only for streams that
/// are the same for all such subscribers: filtered by arguments, tenant and roles alone, with nothing
/// sent per subscriber on subscribe (no initial snapshot, no per-subscriber throttling).
/// </summary>
public static class SharedStreamFieldExtensions
{
    private const string MetadataKey = "KooMessage.SharedStream";

    public static FieldBuilder<TSource, TReturn> ShareEventsAmongEqualSubscribers<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[MetadataKey] = true;
        return field;
    }

    public static bool SharesEvents(this FieldType field) => field.GetMetadata(MetadataKey, false);
}
