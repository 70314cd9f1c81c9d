namespace KooMessage.Platform.Transport;

/// <summary>
/// What a request's Accept header allows: the best GraphQL JSON type (null: none) with its quality,
/// and the quality of <c>text/event-stream</c> (0: not acceptable).
/// </summary>
public sealed record AcceptedMediaTypes(string? Json, double JsonQuality, double EventStreamQuality)
{
    /// <summary>
    /// Subscriptions stream whenever a stream is acceptable; any other operation streams only when the
    /// client ranks the stream above JSON (urql sends <c>application/json, text/event-stream;q=0.5</c>
    /// and expects JSON for queries).
    /// </summary>
    public bool Streams(bool subscription)
        => EventStreamQuality > 0 && (subscription || Json is null || EventStreamQuality > JsonQuality);
}
