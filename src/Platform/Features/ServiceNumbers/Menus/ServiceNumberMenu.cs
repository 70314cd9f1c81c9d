using KooMessage.Platform.Domain;
using KooMessage.Platform.Reviews;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>One revision of a service number's two-level menu, reviewed as a whole.</summary>
public sealed class ServiceNumberMenu : ServiceNumberRevision
{
    private ServiceNumberMenu()
    {
    }

    public IReadOnlyList<MenuItem> Items { get; private set; } = [];

    protected override string PartName => "menu";

    public static ServiceNumberMenu Start(ServiceNumber serviceNumber, int revision)
    {
        var menu = new ServiceNumberMenu();
        menu.StartRevision(serviceNumber, revision);
        return menu;
    }

    public void Replace(IReadOnlyList<MenuItem> items)
    {
        new InputValidator().ValidateMenu(items).ThrowIfInvalid();
        Items = items;
    }

    protected override void ValidateForSubmission() => new InputValidator().ValidateMenu(Items).ThrowIfInvalid();
}
