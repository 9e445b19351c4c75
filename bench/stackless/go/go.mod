module stkbenchstackless

go 1.19
