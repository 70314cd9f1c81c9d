namespace KooMessage.Platform.Features.ServiceNumbers;

public sealed class BindChannelNumberInput
{
    public string ServiceNumberId { get; set; } = string.Empty;

    public string ChannelNumberId { get; set; } = string.Empty;

    public Region Region { get; set; }
}

public sealed class UnbindChannelNumberInput
{
    public string Id { get; set; } = string.Empty;
}
