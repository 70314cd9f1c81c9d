namespace KooMessage.Platform.Features.Messaging;

/// <summary>What a smart-card component shows.</summary>
public enum SmartComponentType
{
    Title,
    Text,
    Image,
    Button,
}
