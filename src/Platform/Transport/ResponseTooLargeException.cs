namespace KooMessage.Platform.Transport;

/// <summary>Thrown by <see cref="BoundedWriteStream"/> when a response would pass <c>GraphQL:MaxResponseBytes</c>.</summary>
public sealed class ResponseTooLargeException(long limit) : IOException($"The response is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
