namespace KooMessage.Platform.Tests.Messaging;

/// <summary>Production defaults with the deliverer off: nothing set in a test is ever contacted.</summary>
public sealed class CallbacksOffFixture() : CallbackHostFixture(new Dictionary<string, string?> { ["Callbacks:Enabled"] = "false" });
