using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Storage;

public sealed class GrainFlowStorageOptionsValidatorTests
{
    [Fact]
    public void Azure_mode_without_a_connection_string_is_refused_naming_the_setting()
    {
        var options = new GrainFlowStorageOptions { Mode = GrainFlowStorageMode.AzureBlob };

        var refused = Assert.Throws<OrleansConfigurationException>(() => GrainFlowStorageOptionsValidator.Validate(options));

        Assert.Equal("GrainFlowStorageOptions.AzureConnectionString is required in AzureBlob mode (ConnectionStrings:AzureStorage).", refused.Message);
    }

    [Theory]
    [InlineData("Grainflow")]
    [InlineData("gf")]
    [InlineData("grain--flow")]
    [InlineData("grain_flow")]
    public void An_illegal_container_name_is_refused(string container)
    {
        var options = new GrainFlowStorageOptions { Mode = GrainFlowStorageMode.AzureBlob, AzureConnectionString = "UseDevelopmentStorage=true", ContainerName = container };

        Assert.Throws<OrleansConfigurationException>(() => GrainFlowStorageOptionsValidator.Validate(options));
    }

    [Fact]
    public void The_defaults_are_valid_local_directory_storage_under_the_data_directory()
    {
        var options = new GrainFlowStorageOptions();

        GrainFlowStorageOptionsValidator.Validate(options);

        Assert.Equal(GrainFlowStorageMode.LocalDirectory, options.Mode);
        Assert.Equal(Path.GetFullPath("./.grainflow/storage"), options.LocalRootDirectory);
        Assert.Equal("grainflow", options.ContainerName);
    }
}
