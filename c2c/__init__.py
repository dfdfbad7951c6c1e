"""c2c: coordinate Cluster2Cluster business missions from the terminal."""

__version__ = "0.1.0"
