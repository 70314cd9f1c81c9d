namespace KooMessage.Platform.Features.Messaging;

public sealed class CreateSmsAppInput
{
    public string Name { get; set; } = string.Empty;
}

public sealed class RenameSmsAppInput
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

public sealed class SuspendSmsAppInput
{
    public string Id { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class ResumeSmsAppInput
{
    public string Id { get; set; } = string.Empty;
}
