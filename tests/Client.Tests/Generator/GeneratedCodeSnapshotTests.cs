using KooMessage.Client.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace KooMessage.Client.Tests.Generator;

public sealed class GeneratedCodeSnapshotTests
{
    public static TheoryData<string> HintNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in GeneratorHarness.Run(GeneratorHarness.FixtureFiles()).Sources.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_file_matches_snapshot(string hintName)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FixtureFiles());

        Snapshot.Match(run.Sources[hintName], SnapshotNameExtension.Create(hintName.Replace(".g.cs", string.Empty)));
    }

    [Fact]
    public void Fixture_generates_the_expected_files()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FixtureFiles());

        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            [
                "CreateTenantInput.g.cs", "CreateTenantMutation.g.cs", "FindNodeQuery.g.cs", "GetTenantQuery.g.cs",
                "IErrorParts.g.cs", "IKooMessageClient.g.cs", "ITenantParts.g.cs", "KooMessageClient.g.cs",
                "KooMessageClientServiceCollectionExtensions.g.cs", "KooMessageEnumSerializer.g.cs", "KooMessageOperationDocuments.g.cs", "ListTenantsQuery.g.cs",
                "OnReviewStatusChangedSubscription.g.cs", "RemoveTenantMutation.g.cs", "ReviewStatus.g.cs", "TenantFilterInput.g.cs", "TenantStatus.g.cs",
                "UploadLicenseInput.g.cs", "UploadLicenseMutation.g.cs",
            ],
            run.Sources.Keys.Order(StringComparer.Ordinal));
    }
}
