namespace KooMessage.Platform.Features.Filings;

/// <summary>The kinds of a SMART_MESSAGE filing as the API lists them.</summary>
public enum FilingKind
{
    SendTask,
    ShortLink,
}
