import os.path as p, sys
from . import x
from ..pkg.mod import (a, b as c,)
from m import *
