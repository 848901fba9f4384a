import os
import sys

sys.path.insert(0, os.pardir)
sys.path.insert(0, os.getcwd())
