using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Reviews;

/// <summary>
/// The review kinds come from the features' registrations: every reviewable entity has one, a new
/// registration becomes a value of the schema's ReviewSubjectKind, and a bad one stops start-up.
/// </summary>
public sealed class ReviewSubjectRegistryTests
{
    private static ReviewSubjects Registered()
        => new ServiceCollection().AddKooMessageReviews(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<ReviewSubjects>();

    [Fact]
    public void Every_reviewable_entity_registers_exactly_one_review_subject()
    {
        var reviewable = typeof(ReviewableEntity).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ReviewableEntity).IsAssignableFrom(t))
            .OrderBy(t => t.Name)
            .ToList();
        Assert.NotEmpty(reviewable);
        Assert.Equal(reviewable, Registered().All.Select(r => r.EntityType).OrderBy(t => t.Name));
    }

    [Fact]
    public void Reviews_refers_to_no_feature()
    {
        var reviews = Path.Combine(RepositoryRoot.Path, "src", "Platform", "Reviews");
        var naming = Directory.EnumerateFiles(reviews, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("Platform.Features", StringComparison.Ordinal))
            .Select(Path.GetFileName);
        Assert.Empty(naming);
    }

    [Fact]
    public void The_kinds_review_rows_were_stored_with_before_the_registry_are_all_registered()
    {
        // The member names of the enum the kinds used to be; stored rows hold these strings.
        string[] stored = ["Filing", "SmsSignature", "SmsTemplate", "SmartTemplate", "ServiceNumber", "ServiceNumberMenu", "ServiceNumberHomepage", "ChannelNumber"];
        Assert.Subset(Registered().All.Select(r => r.Kind).ToHashSet(), stored.ToHashSet());
    }

    [Fact]
    public void A_registered_kind_becomes_a_schema_enum_value_named_in_screaming_case()
    {
        var subjects = new ReviewSubjects([new GadgetReviewSubject(), new WidgetPartReviewSubject()]);

        var values = new ReviewSubjectKindType(subjects).Values.Select(v => (v.Name, v.Value, v.Description));

        Assert.Equal([("GADGET", "Gadget", "A gadget."), ("WIDGET_PART", "WidgetPart", "A part of a widget.")], values);
    }

    [Fact]
    public void The_subject_of_an_entity_is_found_by_its_type_and_its_global_id_type_name()
    {
        var subjects = new ReviewSubjects([new GadgetReviewSubject(), new WidgetPartReviewSubject()]);

        Assert.Equal("WidgetPart", subjects.Of(new WidgetPart()).Kind);
        Assert.Equal("Gadget", subjects.ByGraphTypeName("GadgetNode")?.Kind);
        Assert.Null(subjects.ByGraphTypeName("Gadget"));
    }

    [Fact]
    public void A_malformed_or_repeated_registration_stops_start_up()
    {
        Assert.Contains("PascalCase", Assert.Throws<InvalidOperationException>(() => new ReviewSubjects([new MalformedReviewSubject()])).Message);
        Assert.Contains("same kind", Assert.Throws<InvalidOperationException>(() => new ReviewSubjects([new GadgetReviewSubject(), new GadgetAgainReviewSubject()])).Message);
        Assert.Contains("registers no review subject", Assert.Throws<InvalidOperationException>(() => new ReviewSubjects([new GadgetReviewSubject()]).Of(new WidgetPart())).Message);
    }

    private sealed class Gadget : ReviewableEntity
    {
        public override string ReviewTitle => "gadget";
    }

    private sealed class WidgetPart : ReviewableEntity
    {
        public override string ReviewTitle => "widget part";
    }

    private sealed class GadgetReviewSubject() : ReviewSubject<Gadget>(kind: "Gadget", graphTypeName: "GadgetNode", description: "A gadget.");

    private sealed class GadgetAgainReviewSubject() : ReviewSubject<WidgetPart>(kind: "Gadget", graphTypeName: "WidgetPart", description: "Another gadget.");

    private sealed class WidgetPartReviewSubject() : ReviewSubject<WidgetPart>(kind: "WidgetPart", graphTypeName: "WidgetPart", description: "A part of a widget.");

    private sealed class MalformedReviewSubject() : ReviewSubject<Gadget>(kind: "GADGET_PART", graphTypeName: "Gadget", description: "Spelled as the schema spells it.");
}
