namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>Configuration section "BasicEdition".</summary>
public sealed class BasicEditionOptions
{
    public const string Section = "BasicEdition";

    /// <summary>What all resources of one video template may add up to (console: 2 MB).</summary>
    public long MaxTemplateBytes { get; set; } = 2 * 1024 * 1024;
}
