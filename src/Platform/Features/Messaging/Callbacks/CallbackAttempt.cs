namespace KooMessage.Platform.Features.Messaging;

/// <summary>The outcome of one POST of a callback event.</summary>
public sealed record CallbackAttempt(DateTime At, int? StatusCode, int LatencyMs, string? Error)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
