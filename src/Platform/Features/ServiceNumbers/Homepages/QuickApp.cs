namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>A quick app (快应用) a homepage links to, opened through its <c>hap://app/</c> deeplink.</summary>
public sealed record QuickApp(string Name, string Deeplink);
