namespace KooMessage.Platform.Features.Messaging;

/// <summary>
/// A value filled in per recipient when the card is sent. <see cref="MaxLength"/> bounds each value;
/// templates stored before it existed have none and take <see cref="SmartTemplateRules.ValueMaxDefault"/>.
/// </summary>
public sealed record SmartTemplateParameter(string Name, string? Description, int? MaxLength = null)
{
    public int ValueMax => MaxLength ?? SmartTemplateRules.ValueMaxDefault;
}
